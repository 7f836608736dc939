/// What is shown instead of a screen when the terminal is below the minimum size.
public struct TooSmallNotice: Equatable, Sendable {
    /// The smallest size the program works at.
    public var minimum: Size
    /// A second line telling the person what they can do.
    public var hint: String

    /// A notice for a program that needs at least `minimum`.
    public init(minimum: Size = Size(rows: 24, columns: 80), hint: String = "Make the window bigger, or press q to quit.") {
        self.minimum = minimum
        self.hint = hint
    }

    /// True when `size` is narrower or shorter than `minimum`.
    public func applies(to size: Size) -> Bool {
        size.columns < minimum.columns || size.rows < minimum.rows
    }

    /// "Terminal too small: 30x8, needs at least 60x16".
    public func message(for size: Size) -> String {
        "Terminal too small: \(size), needs at least \(minimum)"
    }

    /// Clears `canvas` and draws the message, wrapped and centred.
    public func render(on canvas: Canvas) {
        let size = canvas.size
        canvas.clear()
        canvas.setCursor(nil)
        guard size.columns > 0, size.rows > 0 else { return }
        var lines = TextWrapper.lines(message(for: size), width: size.columns)
        if !hint.isEmpty { lines += TextWrapper.lines(hint, width: size.columns) }
        let shown = lines.prefix(size.rows)
        let top = max(0, (size.rows - shown.count) / 2)
        for (i, line) in shown.enumerated() {
            let column = max(0, (size.columns - line.displayWidth) / 2)
            canvas.draw(line, row: top + i, column: column, width: size.columns - column,
                        style: i == 0 ? .bold : .plain)
        }
    }
}
