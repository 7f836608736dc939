/// Ctrl-C asks before leaving, and says the draft is kept.
public final class LeaveConfirmation: KeyedScreen {
    private let hasDraft: Bool
    /// Why the draft cannot be saved now (the disk is full), when it cannot.
    private let saveProblem: String?

    /// The question; `saveProblem` says the draft could not be kept, so the box does not promise it is.
    public init(hasDraft: Bool, saveProblem: String? = nil) {
        self.hasDraft = hasDraft
        self.saveProblem = saveProblem
    }

    /// The two answers.
    public enum Command: Equatable, Sendable { case leave, stay }

    /// The answers, drawn as the box's last line; a key it does not name means stay.
    public var keys: KeyTable<Command> {
        KeyTable([KeyBinding(.character("y"), .character("Y"), .character("q"), .control("c"), does: "leave", action: .leave),
                  KeyBinding(.character("n"), .escape, does: "stay", action: .stay)])
    }

    /// A paste answers nothing: leaving (or not) takes a key pressed on purpose.
    public func paste(_ text: String) -> [Effect]? { [] }

    public func handle(_ event: ScreenEvent) -> [Effect] {
        guard case .key(let key) = event else { return [] }
        return keys.action(for: key) == .leave ? [.quit] : [.pop]
    }

    public func render(on canvas: Canvas) {
        let size = canvas.size
        let sentence = !hasDraft ? "Nothing is lost."
            : saveProblem == nil ? "Your draft is saved and will be offered next time."
            : "Your text could NOT be saved; if you leave, it is printed here to copy."
        let answers = keys.footerHints.map(\.text).joined(separator: " · ")
        let width = min(size.columns - 2, max(sentence.displayWidth, answers.displayWidth, 13) + 6)
        // The sentence wraps inside the box on a narrow terminal: it is what the person decides on.
        let lines = ["Leave onward?"] + TextWrapper.lines(sentence, width: max(1, width - 6)) + [answers]
        let rect = Rect(row: max(0, size.rows / 2 - 3), column: max(0, (size.columns - width) / 2), width: width, height: lines.count + 2)
        canvas.fill(rect)
        Box.draw(on: canvas, rect: rect)
        for (i, line) in lines.enumerated() {
            canvas.draw(line, row: rect.row + 1 + i, column: rect.column + 3, width: rect.width - 6, style: i == 0 ? .bold : .plain)
        }
    }
}
