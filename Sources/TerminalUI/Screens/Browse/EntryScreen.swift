import JournalCore

/// One entry, laid out for reading, with keys to scroll, edit it in the person's editor
/// and move it to the trash.
public final class EntryScreen: KeyedScreen {
    /// The entry (or unreadable file) shown.
    public private(set) var row: BrowseRow
    /// The first line on screen.
    public private(set) var top = 0
    /// A message from the last action (an edit, a problem).
    public private(set) var notice: String?
    /// The question on screen before a delete, if any.
    public private(set) var confirm: ConfirmPrompt?
    private(set) var lines: [StyledLine] = []
    private var size = Size(rows: 24, columns: 80)
    private var showingHelp = false
    private let onChange: (EntryChange) -> Void

    /// Shows `row`; `onChange` tells the list behind about an edit or a delete.
    public init(row: BrowseRow, onChange: @escaping (EntryChange) -> Void = { _ in }) {
        self.row = row
        self.onChange = onChange
        layOut()
    }

    /// Reads `row`'s file in full now (the list holds only the index's projection of it) and
    /// shows it. When the file changed since the list was read, `onChange` tells the list; when
    /// it can no longer be read, the screen says so and shows why.
    public static func open(_ row: BrowseRow, store: JournalStore,
                            onChange: @escaping (EntryChange) -> Void = { _ in }) -> EntryScreen {
        switch store.readEntry(row.relativePath) {
        case .success(let stored):
            let fresh = BrowseRow.entry(stored)
            if fresh.indexProjection != row.indexProjection { onChange(.edited(fresh, text: nil)) }
            return EntryScreen(row: fresh, onChange: onChange)
        case .failure(let problem):
            let fresh = BrowseRow.unreadable(problem)
            let screen = EntryScreen(row: fresh, onChange: onChange)
            if case .entry = row {
                screen.notice = "This file changed since the list was read and can no longer be read. It is kept exactly as it is; press e to fix it."
                onChange(.edited(fresh, text: nil))
            } else if fresh != row {
                onChange(.edited(fresh, text: nil))
            }
            return screen
        }
    }

    /// What the keys of this screen stand for.
    public enum Command: Equatable, Sendable { case scroll(Int), page(Int), top, bottom, edit, delete, back, quit, help }

    /// The keys that work here: they drive the handling, the footer and the help.
    public var keys: KeyTable<Command> {
        KeyTable([
            KeyBinding([(.up, .scroll(-1)), (.character("k"), .scroll(-1)), (.down, .scroll(1)), (.character("j"), .scroll(1)), (.enter, .scroll(1))],
                       label: "↑↓", does: "scroll", priority: 2),
            KeyBinding([(.pageUp, .page(-1)), (.character("b"), .page(-1)), (.pageDown, .page(1)), (.character(" "), .page(1))],
                       label: "PgUp/PgDn", does: "page", priority: 3),
            KeyBinding([(.home, .top), (.character("g"), .top), (.end, .bottom), (.character("G"), .bottom)],
                       label: "Home/End", does: "top, bottom", inFooter: false),
            KeyBinding(.character("e"), does: "edit", action: .edit),
            KeyBinding(.character("d"), does: "delete", priority: 2, action: .delete),
            KeyBinding(.escape, .left, .character("h"), does: "back", action: .back),
            KeyBinding(.character("q"), does: "quit", priority: 2, action: .quit),
            KeyBinding(.character("?"), .function(1), does: "keys", action: .help),
        ])
    }

    /// The footer's hints.
    public var hints: [KeyHint] { keys.footerHints }

    /// Rows available for the text.
    var textHeight: Int { max(1, size.rows - 5) }
    var maxTop: Int { max(0, lines.count - textHeight) }

    /// Scrolls, edits, deletes, and takes in the results of those.
    /// Nothing here takes text: a paste runs no command (the trash question stays asked).
    public func paste(_ text: String) -> [Effect]? {
        if confirm == nil { notice = "Nothing here takes pasted text; nothing was done." }
        return []
    }

    public func handle(_ event: ScreenEvent) -> [Effect] {
        switch event {
        case .resize(let newSize):
            size = newSize
            layOut()
        case .result(.edited(let outcome)):
            apply(outcome)
        case .result(.deleted(let outcome)):
            switch outcome {
            case .moved(let path, let trashPath):
                onChange(.deleted(path: path, trashPath: trashPath))
                return [.pop]
            case .failed(let message):
                notice = message
            }
        case .key(let key):
            if showingHelp { showingHelp = false; return [] }
            if confirm != nil { return answer(key) }
            return handle(key)
        default:
            break
        }
        return []
    }

    private func handle(_ key: Key) -> [Effect] {
        guard let command = keys.action(for: key) else { return [] }
        switch command {
        case .scroll(let lines): scroll(to: top + lines)
        case .page(let direction): scroll(to: top + direction * max(1, textHeight - 1))
        case .top: scroll(to: 0)
        case .bottom: scroll(to: maxTop)
        case .back: return [.pop]
        case .quit: return [.quit]
        case .help: showingHelp = true
        case .edit:
            notice = nil
            let path = row.relativePath
            return [.perform { .edited(EntryActions.edit(path, in: $0)) }]
        case .delete:
            confirm = ConfirmPrompt(question: "Move this entry to the trash?",
                                    detail: "It goes to .onward/trash/ in your journal, where you can still find it.")
        }
        return []
    }

    private func answer(_ key: Key) -> [Effect] {
        guard let yes = ConfirmPrompt.answer(key) else { return [] }
        confirm = nil
        guard yes else { notice = "Kept."; return [] }
        let path = row.relativePath
        return [.perform { .deleted(EntryActions.delete(path, in: $0)) }]
    }

    private func apply(_ outcome: EditOutcome) {
        switch outcome {
        case .readable(let stored, let text, let note):
            let changed = row != .entry(stored)
            row = .entry(stored)
            notice = note ?? (changed ? "Saved by your editor; this is the new version." : "No changes.")
            onChange(.edited(row, text: text))
        case .broken(let problem, let note):
            row = .unreadable(problem)
            // Where the words went comes first: the notice has two rows, and a long path is what a cut would lose.
            notice = (note.map { $0 + " " } ?? "") + "After the edit the file cannot be read (\(problem.reason)); it is kept as you left it: press e to fix it."
            onChange(.edited(row, text: nil))
        case .editorFailed(let message):
            notice = message
        }
        layOut()
    }

    private func scroll(to line: Int) { top = min(max(0, line), maxTop) }

    private func layOut() {
        lines = EntryLayout.lines(for: row, width: contentWidth)
        scroll(to: top)
    }

    /// Text width: the screen less margins, capped so long lines stay readable.
    var contentWidth: Int { max(10, min(size.columns - 4, 100)) }

    /// Draws the lines in view, a status line and the footer.
    public func render(on canvas: Canvas) {
        let size = canvas.size
        let left = 2
        canvas.draw(row.relativePath, row: 0, column: left, width: size.columns - 4, style: .dim)
        for (i, line) in lines[min(top, lines.count)...].prefix(textHeight).enumerated() {
            canvas.draw(line.text, row: 2 + i, column: left, width: size.columns - left, style: line.style)
        }
        let status: String
        if let notice {
            status = notice
        } else if lines.count > textHeight {
            status = "lines \(top + 1)-\(min(lines.count, top + textHeight)) of \(lines.count)"
        } else {
            status = ""
        }
        // A notice may take two lines (the one above the status line is kept free for it).
        let wrapped = TextWrapper.lines(SafeText.visible(status, keepNewlines: false), width: size.columns - 4)
        let shown = wrapped.count > 2 ? [wrapped[0], TextWrapper.truncate(wrapped[1] + " …", toWidth: size.columns - 4)] : wrapped
        for (i, line) in shown.enumerated() {
            canvas.draw(line, row: size.rows - 1 - shown.count + i, column: left, width: size.columns - 4,
                        style: notice == nil ? .dim : .bold)
        }
        keys.footer.render(on: canvas, in: Rect(size: size))
        confirm?.render(on: canvas)
        if showingHelp { keys.help(title: "Keys for this entry").render(on: canvas) }
    }
}
