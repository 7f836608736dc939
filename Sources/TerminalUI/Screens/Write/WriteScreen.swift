import JournalCore

/// "Just write": one blank page, no steps and no prompts, saved as a note. The text is the
/// screen's draft, so the loop autosaves it like a reflection and a later start resumes it.
public final class WriteScreen: KeyedScreen {
    public private(set) var area: TextArea
    /// Where the note was saved, once it is.
    public private(set) var savedPath: String?
    var statusLine = StatusLine()
    /// A message for the line above the footer, if any.
    public var status: String? { statusLine.text }
    let draftID: EntryID
    let created: LocalTimestamp
    var showingHelp = false
    var size = Size(rows: 24, columns: 80)

    /// A blank page, or the text of `draft` to go on with.
    public init(resuming draft: Entry?, now: LocalTimestamp) {
        area = TextArea(text: draft.map(QuickNote.text(of:)) ?? "",
                        placeholder: "Whatever is on your mind. Nobody else reads this.")
        draftID = draft?.id ?? EntryID.make(at: now, kind: .note)
        created = draft?.created ?? now
        if draft != nil { statusLine.show("Welcome back. Your page is as you left it.") }
    }

    /// Opens the page from the loop, resuming the newest blank-page draft when there is one.
    public static func make(_ context: AppContext) -> WriteScreen {
        WriteScreen(resuming: resumable(in: context.store.drafts()), now: context.now)
    }

    /// The draft a blank page picks up: the newest note draft that no exercise wrote.
    public static func resumable(in drafts: [Entry]) -> Entry? {
        drafts.first { $0.kind == .note && $0.exercise == nil && !$0.extraFields.contains { $0.key == "exercise" } }
    }

    /// Cheap, for the loop's every key: building `draft` costs the whole page.
    public var keepsDraft: Bool { savedPath == nil }
    public var takesTypedText: Bool { !showingHelp && savedPath == nil }

    public var draft: Entry? {
        guard savedPath == nil else { return nil }
        return QuickNote.entry(text: area.text, id: draftID, created: created)
    }

    /// What the keys of the page stand for.
    public enum Command: Equatable, Sendable { case save, pause, help, back, quit }

    /// The keys that work now: they drive the handling, the footer and the help. While writing,
    /// every key the table does not name goes to the page (so `?` and `q` are typed).
    public var keys: KeyTable<Command> {
        if savedPath != nil {
            return KeyTable([KeyBinding(.enter, does: "back", action: .back), KeyBinding(.character("q"), does: "quit", action: .quit),
                             .widget(label: "any other key", does: "back")])
        }
        return KeyTable([
            KeyBinding(.control("s"), does: "save", action: .save),
            KeyBinding(.escape, does: "pause", action: .pause),
            KeyBinding(.function(1), does: "keys", action: .help),
            .widget(.enter, does: "new line"),
            .widget(.up, .down, .pageUp, .pageDown, does: "move"),
            // The loop answers Ctrl-C on every screen; named here because writing is where it matters.
            .widget(.control("c"), does: "leave (the text is kept)"),
        ])
    }

    /// The footer's hints.
    public var hints: [KeyHint] { keys.footerHints }

    /// A paste goes into the page whole; on the saved page it does nothing.
    public func paste(_ text: String) -> [Effect]? {
        guard !showingHelp, savedPath == nil else { return [] }
        _ = area.paste(text)
        return []
    }

    public func handle(_ event: ScreenEvent) -> [Effect] {
        if case .result(let result) = event, statusLine.noteDraft(result) { return [] }
        switch event {
        case .resize(let newSize):
            size = newSize
            area.viewport = Size(rows: areaRows, columns: max(10, contentWidth - 2))
            return []
        case .result(.saved(let stored)):
            savedPath = stored.relativePath
            statusLine.show(nil)
            return []
        case .result(.saveFailed(let message)):
            statusLine.show(message + " Your text is kept; press Ctrl-S to try again.")
            return [.saveDraft]
        case .key(let key):
            if showingHelp { showingHelp = false; return [] }
            if savedPath != nil { return keys.action(for: key) == .quit ? [.quit] : [.pop] }
            return handleEditing(key)
        default:
            return []
        }
    }

    private func handleEditing(_ key: Key) -> [Effect] {
        switch keys.action(for: key) {
        case .pause:
            return draft == nil ? [.pop] : [.saveDraft, .pop]
        case .save:
            // The note is saved under a name taken from its first line, as other entries are.
            guard let entry = QuickNote.entry(text: area.text, created: created) else {
                statusLine.show("The page is empty, so there is nothing to save. Esc leaves.")
                return []
            }
            statusLine.show(nil)
            return [.saveEntry(entry, draftID: draftID)]
        case .help:
            showingHelp = true
            return []
        case .back, .quit, nil:
            _ = area.handle(key)
            return []
        }
    }

    // MARK: Layout

    var contentWidth: Int { min(size.columns, 100) - 4 }
    /// Every row between the two header lines and the status line.
    var areaRows: Int { max(3, size.rows - 6) }

    public func render(on canvas: Canvas) {
        let size = canvas.size
        let left = max(0, (size.columns - min(size.columns, 100)) / 2) + 2
        let width = contentWidth
        canvas.draw("Just write", row: 0, column: left, width: width, style: [.bold, .accent])
        let date = DayFormat.long(created.day)
        canvas.draw(date, row: 0, column: left + max(12, width - date.displayWidth), width: width - 12)
        if let savedPath {
            let lines = ["Saved.", "", "Your note is in " + savedPath + "."]
            var row = max(2, size.rows / 2 - 2)
            for line in lines {
                for wrapped in TextWrapper.lines(line, width: width) {
                    canvas.draw(wrapped, row: row, column: left, width: width, style: line == "Saved." ? .bold : .plain)
                    row += 1
                }
                if line.isEmpty { row += 1 }
            }
            canvas.setCursor(nil)
        } else {
            let intro = TextWrapper.lines("A blank page: no steps, no prompts. Your first line becomes the title.", width: width)
            for (n, line) in intro.prefix(2).enumerated() { canvas.draw(line, row: 1 + n, column: left, width: width, style: .dim) }
            // The page ends one blank row above the message line, which takes two rows when it wraps.
            let rows = max(3, size.rows - 5 - statusLine.rows(width: width))
            area.render(on: canvas, in: Rect(row: 3, column: left + 2, width: width - 2, height: rows), focused: true)
        }
        // Messages wrap onto a second line rather than being cut.
        if size.rows > 4 { statusLine.render(on: canvas, above: size.rows - 1, left: left, width: width) }
        keys.footer.render(on: canvas, in: Rect(size: size))
        if showingHelp {
            canvas.setCursor(nil)
            keys.help(title: "Keys").render(on: canvas)
        }
    }
}
