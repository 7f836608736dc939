import JournalCore

/// "Other exercises" from home: every guide besides the reflection, with its length and what
/// it is; an unfinished one is marked and picked up again with Enter (`n` starts afresh).
public final class ExerciseListScreen: KeyedScreen {
    /// The exercises on offer, in order.
    public let exercises: [Guide]
    /// The newest unfinished draft of each exercise, by name.
    public let drafts: [String: Entry]
    public private(set) var selection = 0
    private var showingHelp = false

    public init(exercises: [Guide], drafts: [Entry]) {
        self.exercises = exercises
        var newest: [String: Entry] = [:]
        for draft in drafts where draft.kind == .note {
            guard let name = draft.exercise else { continue }
            if let known = newest[name], known.created >= draft.created { continue }
            newest[name] = draft
        }
        self.drafts = newest
    }

    /// Builds the screen from the loop's context (the library and the waiting drafts).
    public static func open(_ ctx: AppContext) -> Screen {
        ExerciseListScreen(exercises: ctx.library.exercises, drafts: ctx.store.drafts())
    }

    /// What the keys of the list stand for.
    public enum Command: Equatable, Sendable { case move(Int), first, last, start, startAfresh, back, help }

    /// The keys that work now: they drive the handling, the footer and the help.
    public var keys: KeyTable<Command> {
        let hasDraft = selected.map { drafts[$0.name] != nil } == true
        return KeyTable([
            KeyBinding([(.up, .move(-1)), (.character("k"), .move(-1)), (.backTab, .move(-1)),
                        (.down, .move(1)), (.character("j"), .move(1)), (.tab, .move(1))], label: "↑↓", does: "move"),
            KeyBinding([(.home, .first), (.end, .last)], label: "Home/End", does: "first, last", inFooter: false),
            KeyBinding(.enter, .character(" "), .character("l"), does: "start", action: .start),
            // Without a draft `n` starts the exercise as Enter does, so only the help names it then.
            KeyBinding(.character("n"), does: "start afresh", inFooter: hasDraft, action: .startAfresh),
            KeyBinding(.escape, .character("q"), .character("h"), does: "back", action: .back),
            KeyBinding(.character("?"), .function(1), does: "keys", action: .help),
        ])
    }

    var hints: [KeyHint] { keys.footerHints }

    private var selected: Guide? { exercises.indices.contains(selection) ? exercises[selection] : nil }

    /// Nothing here takes text: a paste runs none of its keys (a pasted "q" must not leave).
    public func paste(_ text: String) -> [Effect]? { [] }

    public func handle(_ event: ScreenEvent) -> [Effect] {
        guard case .key(let key) = event else { return [] }
        if showingHelp { showingHelp = false; return [] }
        guard let command = keys.action(for: key) else { return [] }
        switch command {
        case .move(let step): selection = min(max(0, exercises.count - 1), max(0, selection + step))
        case .first: selection = 0
        case .last: selection = max(0, exercises.count - 1)
        case .start:
            guard let guide = selected else { return [] }
            return [.pop, .show(.exercise(name: guide.name, resume: drafts[guide.name]))]
        case .startAfresh:
            guard let guide = selected else { return [] }
            return [.pop, .show(.exercise(name: guide.name, resume: nil))]
        case .back: return [.pop]
        case .help: showingHelp = true
        }
        return []
    }

    /// "Write it out · about 20 minutes" (and "unfinished" when a draft waits).
    func label(_ guide: Guide) -> String {
        var text = SafeText.visible(guide.title, keepNewlines: false)
        if let minutes = guide.minutes { text += " · about \(minutes) minutes" }
        if drafts[guide.name] != nil { text += " · unfinished, Enter picks it up" }
        return text
    }

    public func render(on canvas: Canvas) {
        let size = canvas.size
        let width = min(size.columns, 96)
        let left = max(0, (size.columns - width) / 2) + 2
        let inner = width - 4
        var row = 1
        canvas.draw("Other exercises", row: row, column: left, width: inner, style: .bold)
        row += 1
        for line in TextWrapper.lines("Each one is short, and you can stop whenever you like.", width: inner) {
            canvas.draw(line, row: row, column: left, width: inner, style: .dim)
            row += 1
        }
        row += 1
        if exercises.isEmpty {
            canvas.draw("There are no other exercises in this guide set.", row: row, column: left, width: inner)
        }
        for (i, guide) in exercises.enumerated() where row < size.rows - 2 {
            let isSelected = i == selection
            canvas.draw((isSelected ? "› " : "  ") + label(guide), row: row, column: left, width: inner, style: isSelected ? .reverse : .plain)
            row += 1
            if isSelected, !guide.about.isEmpty, row < size.rows - 2 {
                for line in TextWrapper.lines(SafeText.visible(guide.about, keepNewlines: false), width: inner - 4).prefix(2) where row < size.rows - 2 {
                    canvas.draw("    " + line, row: row, column: left, width: inner, style: .dim)
                    row += 1
                }
            }
        }
        keys.footer.render(on: canvas, in: Rect(size: size))
        if showingHelp { keys.help(title: "Keys on this screen").render(on: canvas) }
    }
}
