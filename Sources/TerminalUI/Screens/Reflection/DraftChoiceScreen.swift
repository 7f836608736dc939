import JournalCore

/// Shown when a reflection is started while unfinished ones are waiting: every waiting draft,
/// newest first, to pick up again, and a new reflection at the end. Starting new never
/// replaces a waiting draft.
public final class DraftChoiceScreen: KeyedScreen {
    public let drafts: [Entry]
    /// The highlighted line: a draft's index, or `drafts.count` for a new reflection.
    public private(set) var selection = 0
    private var showingHelp = false

    public init(drafts: [Entry]) { self.drafts = drafts }

    /// What the keys of the choice stand for.
    public enum Command: Equatable, Sendable { case move(Int), first, last, choose, startNew, back, help }

    /// The keys that work here: they drive the handling, the footer and the help.
    public var keys: KeyTable<Command> {
        KeyTable([
            KeyBinding([(.up, .move(-1)), (.character("k"), .move(-1)), (.backTab, .move(-1)),
                        (.down, .move(1)), (.character("j"), .move(1)), (.tab, .move(1))], label: "↑↓", does: "move"),
            KeyBinding([(.home, .first), (.end, .last)], label: "Home/End", does: "first, last", inFooter: false),
            KeyBinding(.enter, .character(" "), .character("l"), does: "choose", action: .choose),
            KeyBinding(.character("n"), does: "new reflection", action: .startNew),
            KeyBinding(.escape, .character("q"), .character("h"), does: "back", action: .back),
            KeyBinding(.character("?"), .function(1), does: "keys", action: .help),
        ])
    }

    var hints: [KeyHint] { keys.footerHints }

    public func handle(_ event: ScreenEvent) -> [Effect] {
        guard case .key(let key) = event else { return [] }
        if showingHelp { showingHelp = false; return [] }
        let last = drafts.count
        guard let command = keys.action(for: key) else { return [] }
        switch command {
        case .move(let step): selection = min(last, max(0, selection + step))
        case .first: selection = 0
        case .last: selection = last
        case .choose: return [.pop, .show(selection < last ? .reflection(resume: drafts[selection]) : .newReflection(starting: nil))]
        case .startNew: return [.pop, .show(.newReflection(starting: nil))]
        case .back: return [.pop]
        case .help: showingHelp = true
        }
        return []
    }

    /// One line per draft: what it is about and when it was started.
    static func label(_ draft: Entry) -> String {
        let about = [draft.company, draft.role].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let time = two(draft.created.hour) + ":" + two(draft.created.minute)
        let name = about.isEmpty ? "A reflection not yet named" : SafeText.visible(about, keepNewlines: false)
        return name + " · started " + DayFormat.short(draft.created.day) + " " + time
    }

    public func render(on canvas: Canvas) {
        let size = canvas.size
        let width = min(size.columns, 96)
        let left = max(0, (size.columns - width) / 2) + 2
        let inner = width - 4
        var row = 1
        let title = drafts.count == 1 ? "An unfinished reflection is waiting" : "\(drafts.count) unfinished reflections are waiting"
        canvas.draw(title, row: row, column: left, width: inner, style: .bold)
        row += 1
        for line in TextWrapper.lines("Pick one up where you left off, or start a new one; nothing here is replaced.", width: inner).prefix(2) {
            canvas.draw(line, row: row, column: left, width: inner, style: .dim)
            row += 1
        }
        row += 1
        let lines = drafts.map(Self.label) + ["Start a new reflection"]
        // Keep the highlighted line in view on a short terminal, saying how many are hidden.
        let room = max(1, size.rows - row - 2)
        let window = ScrollWindow(showing: selection, height: room, count: lines.count)
        window.renderMarkers(on: canvas, in: Rect(row: row, column: left, width: inner, height: room))
        row += window.firstRow
        for i in window.shown {
            let selected = i == selection
            let line = TextWrapper.truncate((selected ? "› " : "  ") + lines[i], toWidth: inner)
            canvas.draw(line, row: row, column: left, width: inner, style: selected ? .reverse : .plain)
            row += 1
        }
        keys.footer.render(on: canvas, in: Rect(size: size))
        if showingHelp { keys.help(title: "Keys on this screen").render(on: canvas) }
    }
}
