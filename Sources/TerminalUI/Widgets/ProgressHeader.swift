import JournalCore

/// The top of a guided screen: "Step 4 of 10 · Achievements" and a thin progress line under it.
public struct ProgressHeader: Equatable, Sendable {
    /// The current step, 1-based.
    public var step: Int
    /// How many steps there are.
    public var total: Int
    /// The step's title.
    public var title: String

    /// A header for `step` of `total` titled `title`.
    public init(step: Int, total: Int, title: String) {
        self.step = step
        self.total = total
        self.title = title
    }

    /// "Step 4 of 10 · Achievements".
    public var caption: String { "Step \(step) of \(total) · \(title)" }

    /// How many of `width` cells the bar fills.
    public func filledCells(width: Int) -> Int {
        guard total > 0 else { return 0 }
        return min(width, max(0, width * min(step, total) / total))
    }

    /// Draws the caption (bold) on the first row and, if there is room, the bar on the second.
    public func render(on canvas: Canvas, in rect: Rect) {
        guard rect.width > 0, rect.height > 0 else { return }
        canvas.drawPadded(TextWrapper.truncate(SafeText.visible(caption, keepNewlines: false), toWidth: rect.width),
                          row: rect.row, column: rect.column, width: rect.width, style: .bold)
        guard rect.height > 1 else { return }
        let filled = filledCells(width: rect.width)
        // Heavy line for done, light dim line for what remains: readable without colour.
        canvas.draw(String(repeating: "━", count: filled), row: rect.row + 1, column: rect.column, style: .accent)
        canvas.draw(String(repeating: "─", count: rect.width - filled), row: rect.row + 1,
                    column: rect.column + filled, style: .dim)
    }
}
