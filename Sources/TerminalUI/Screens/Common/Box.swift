/// A thin line-drawn frame around a rectangle, with an optional title in its top edge.
public enum Box {
    public static func draw(on canvas: Canvas, rect: Rect, title: String? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let horizontal = String(repeating: "─", count: rect.width - 2)
        canvas.draw("┌" + horizontal + "┐", row: rect.row, column: rect.column, style: .plain)
        for r in (rect.row + 1)..<(rect.bottom - 1) {
            canvas.draw("│", row: r, column: rect.column, style: .plain)
            canvas.draw("│", row: r, column: rect.column + rect.width - 1, style: .plain)
        }
        canvas.draw("└" + horizontal + "┘", row: rect.bottom - 1, column: rect.column, style: .plain)
        if let title, !title.isEmpty {
            canvas.draw(" " + title + " ", row: rect.row, column: rect.column + 2, width: rect.width - 4, style: .bold)
        }
    }
}
