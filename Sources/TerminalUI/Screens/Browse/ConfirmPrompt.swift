/// A small yes/no box drawn over a screen, e.g. before moving an entry to the trash.
public struct ConfirmPrompt: Equatable, Sendable {
    /// The question, in bold.
    public var question: String
    /// A reassuring line under it.
    public var detail: String

    /// A prompt asking `question`.
    public init(question: String, detail: String) {
        self.question = question
        self.detail = detail
    }

    /// The two answers; the box's last line is drawn from them.
    public static let keys = KeyTable<Bool>([
        KeyBinding(.character("y"), .character("Y"), does: "yes", action: true),
        KeyBinding(.character("n"), .character("N"), .escape, .character("q"), does: "no", action: false),
    ])

    /// What a key means here: true for yes, false for no, nil for a key to ignore.
    public static func answer(_ key: Key) -> Bool? { keys.action(for: key) }

    /// Draws the box in the middle of the canvas.
    public func render(on canvas: Canvas) {
        let size = canvas.size
        let width = min(size.columns - 4, max(question.displayWidth, detail.displayWidth, 30) + 6)
        let detailLines = TextWrapper.lines(detail, width: width - 6).prefix(3)
        let height = 5 + detailLines.count
        let rect = Rect(row: max(0, (size.rows - height) / 2), column: max(0, (size.columns - width) / 2), width: width, height: height)
        canvas.fill(rect)
        Box.draw(on: canvas, rect: rect)
        canvas.draw(question, row: rect.row + 1, column: rect.column + 3, width: rect.width - 6, style: .bold)
        for (i, line) in detailLines.enumerated() {
            canvas.draw(line, row: rect.row + 2 + i, column: rect.column + 3, width: rect.width - 6)
        }
        canvas.draw(Self.keys.footerHints.map(\.text).joined(separator: " · "), row: rect.bottom - 2, column: rect.column + 3, width: rect.width - 6, style: .dim)
    }
}
