import JournalCore

/// Every entry, newest first, with a kind filter and an incremental full-text search.
///
/// The rows come from the derived index (front matter and title, not the body), so opening
/// the list reads no entry file; an entry is read in full when it is opened, and the file
/// texts for the search are read once, the first time `/` is pressed, by the app loop.
public final class BrowseScreen: KeyedScreen {
    /// The rows, the filter and the search.
    public private(set) var list: BrowseList
    /// The selection and the rows on screen.
    public private(set) var viewport: ListViewport
    /// True while the search field has the keys.
    public private(set) var searching = false
    /// While the search is open, letters are search words, also in a window too small to draw
    /// (where q would otherwise leave onward).
    public var takesTypedText: Bool { searching }
    public func opensTyping(with key: Key) -> Bool { key == .character("/") && !searching && confirm == nil }
    /// The search words as typed.
    public private(set) var field = TextField(placeholder: "words to find, e.g. interview")
    /// A message from the last action (a delete).
    public private(set) var notice: String?
    /// The question on screen before a delete, if any.
    public private(set) var confirm: ConfirmPrompt?
    var size = Size(rows: 24, columns: 80)
    private var showingHelp = false

    /// The list of a snapshot's entries and unreadable files.
    public init(snapshot: JournalSnapshot) {
        list = BrowseList(rows: BrowseRow.rows(for: snapshot))
        viewport = ListViewport(count: list.shown.count)
    }

    /// Reads the journal through its index and opens the list.
    public static func open(_ context: AppContext) -> Screen {
        let snapshot = (try? context.store.loadIndexed()) ?? JournalSnapshot(entries: [], problems: [])
        return BrowseScreen(snapshot: snapshot)
    }

    /// What the keys of the list (and of its search line) stand for.
    public enum Command: Equatable, Sendable {
        case move(Int), page(Int), first, last, open, search, filter, delete, back, quit, help
        /// Leaves the search line with its results kept.
        case keepResults
        case clearSearch
    }

    /// The keys that work now: they drive the handling, the footer and the help.
    public var keys: KeyTable<Command> {
        let paging = KeyBinding<Command>([(.pageUp, .page(-1)), (.pageDown, .page(1))], label: "PgUp/PgDn", does: "page", inFooter: false)
        if searching {
            // Every other key goes to the search words.
            return KeyTable([
                .widget(label: "type", does: "to narrow", inFooter: true),
                KeyBinding([(.up, .move(-1)), (.down, .move(1))], label: "↑↓", does: "move"),
                paging,
                KeyBinding(.enter, does: "open", action: .open),
                KeyBinding(.tab, does: "keep results", action: .keepResults),
                KeyBinding(.escape, does: "clear", action: .clearSearch),
            ])
        }
        return KeyTable([
            KeyBinding([(.up, .move(-1)), (.character("k"), .move(-1)), (.down, .move(1)), (.character("j"), .move(1))],
                       label: "↑↓", does: "move", priority: 2),
            KeyBinding([(.pageUp, .page(-1)), (.pageDown, .page(1)), (.character(" "), .page(1))], label: "PgUp/PgDn", does: "page", inFooter: false),
            KeyBinding([(.home, .first), (.character("g"), .first), (.end, .last), (.character("G"), .last)],
                       label: "Home/End", does: "first, last", inFooter: false),
            KeyBinding(.enter, .right, .character("l"), does: "open", action: .open),
            KeyBinding(.character("/"), does: "search", action: .search),
            KeyBinding(.character("f"), does: "kind: " + list.filter.label, priority: 2, action: .filter),
            KeyBinding(.character("d"), does: "delete", priority: 3, action: .delete),
            KeyBinding(.escape, .left, .character("h"), does: list.query.isEmpty ? "back" : "clear the search", action: .back),
            KeyBinding(.character("q"), does: "quit", priority: 2, action: .quit),
            KeyBinding(.character("?"), .function(1), does: "keys", action: .help),
        ])
    }

    /// The footer's hints.
    public var hints: [KeyHint] { keys.footerHints }

    /// The row under the selection, if any.
    public var selectedRow: BrowseRow? { list.row(at: viewport.selection) }

    /// Rows available for the list itself.
    var listHeight: Int { max(1, size.rows - 6) }

    /// Moves, filters, searches, opens and deletes.
    public func handle(_ event: ScreenEvent) -> [Effect] {
        switch event {
        case .resize(let newSize):
            size = newSize
            viewport.setHeight(listHeight)
        case .result(.searchCorpus(let corpus)):
            list.attach(corpus)
            refreshCount(resetSelection: true)
        case .result(.deleted(let outcome)):
            deleted(outcome)
        case .key(let key):
            if showingHelp { showingHelp = false; return [] }
            if let prompt = confirm { return answer(key, prompt) }
            return searching ? handleSearch(key) : handleList(key)
        default:
            break
        }
        return []
    }

    /// A paste goes into the search words, its lines joined; elsewhere it runs no command.
    public func paste(_ text: String) -> [Effect]? {
        guard searching, confirm == nil else {
            notice = confirm == nil ? "Pasted text goes into the search: press / first; nothing was done." : nil
            return []
        }
        field.insertPasted(PastedText.oneLine(text))
        list.setQuery(field.text)
        refreshCount(resetSelection: true)
        return []
    }

    private func handleList(_ key: Key) -> [Effect] {
        guard let command = keys.action(for: key) else { return [] }
        return perform(command)
    }

    private func handleSearch(_ key: Key) -> [Effect] {
        if let command = keys.action(for: key) { return perform(command) }
        if field.handle(key) == .changed {
            list.setQuery(field.text)
            refreshCount(resetSelection: true)
        }
        return []
    }

    private func perform(_ command: Command) -> [Effect] {
        switch command {
        case .move(let step): viewport.move(step)
        case .page(let direction): viewport.page(direction)
        case .first: viewport.select(0)
        case .last: viewport.select(viewport.count - 1)
        case .open:
            // Typing until the one entry shows, then Enter, should open it.
            searching = false
            return openSelected()
        case .search:
            searching = true
            notice = nil
            if !list.canSearch {
                let entries = list.rows
                return [.perform { ctx in .searchCorpus(BrowseScreen.corpus(for: entries, store: ctx.store)) }]
            }
        case .filter:
            list.setFilter(list.filter.next)
            refreshCount(resetSelection: true)
        case .delete:
            guard selectedRow != nil else { break }
            confirm = ConfirmPrompt(question: "Move this entry to the trash?",
                                    detail: "It goes to .onward/trash/ in your journal, where you can still find it.")
        case .help: showingHelp = true
        case .quit: return [.quit]
        case .back:
            if !list.query.isEmpty { clearSearch(); break }
            return [.pop]
        case .keepResults: searching = false
        case .clearSearch: clearSearch()
        }
        return []
    }

    private func openSelected() -> [Effect] {
        guard let row = selectedRow else { return [] }
        notice = nil
        // The row holds only the index's projection: the entry screen reads the whole file.
        return [.open { [weak self] ctx in
            EntryScreen.open(row, store: ctx.store) { change in self?.apply(change) }
        }]
    }

    private func answer(_ key: Key, _ prompt: ConfirmPrompt) -> [Effect] {
        guard let yes = ConfirmPrompt.answer(key) else { return [] }
        confirm = nil
        guard yes, let path = selectedRow?.relativePath else { notice = "Kept."; return [] }
        return [.perform { .deleted(EntryActions.delete(path, in: $0)) }]
    }

    private func deleted(_ outcome: DeleteOutcome) {
        switch outcome {
        case .moved(let path, let trashPath): apply(.deleted(path: path, trashPath: trashPath))
        case .failed(let message): notice = message
        }
    }

    /// Follows an edit or a delete made on the entry screen.
    func apply(_ change: EntryChange) {
        switch change {
        case .edited(let row, let text):
            // The list keeps what the index keeps, however the entry screen read the file.
            list.replace(path: row.relativePath, with: row.indexProjection, text: text)
            refreshCount(resetSelection: false)
        case .deleted(let path, let trashPath):
            list.remove(path: path)
            refreshCount(resetSelection: false)
            notice = "Moved to \(trashPath)."
        }
    }

    private func clearSearch() {
        searching = false
        field.text = ""
        list.setQuery("")
        refreshCount(resetSelection: true)
    }

    private func refreshCount(resetSelection: Bool) {
        viewport.setCount(list.shown.count, keepSelection: !resetSelection)
    }

    /// The texts of the rows' files for the search (an unreadable file has none).
    public static func corpus(for rows: [BrowseRow], store: JournalStore) -> SearchCorpus {
        SearchCorpus(documents: rows.map { row in
            guard case .entry(let stored) = row else { return [] }
            return (try? store.fileSystem.read(store.absolute(stored.relativePath), limit: EntryFileReader.sizeLimit)) ?? []
        })
    }

    /// Draws the visible rows only.
    public func render(on canvas: Canvas) { BrowseRenderer(screen: self).render(on: canvas) }

    var isShowingHelp: Bool { showingHelp }
}
