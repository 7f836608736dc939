/// The `?` panel: every key of the current screen, in a box over it.
public struct HelpOverlay {
    public var title: String
    public var hints: [KeyHint]

    public init(title: String, hints: [KeyHint]) {
        self.title = title
        self.hints = hints
    }

    public func render(on canvas: Canvas) {
        let size = canvas.size
        let keyWidth = min(16, hints.map(\.key.displayWidth).max() ?? 0)
        let width = min(size.columns - 4, max(40, keyWidth + 4 + (hints.map(\.action.displayWidth).max() ?? 0) + 2))
        let height = min(size.rows - 2, hints.count + 4)
        guard width > 10, height > 3 else { return }
        let rect = Rect(row: max(0, (size.rows - height) / 2), column: max(0, (size.columns - width) / 2), width: width, height: height)
        canvas.fill(rect)
        Box.draw(on: canvas, rect: rect, title: title)
        for (i, hint) in hints.prefix(height - 4).enumerated() {
            let row = rect.row + 2 + i
            canvas.draw(TextWrapper.pad(hint.key, toWidth: keyWidth), row: row, column: rect.column + 2, width: keyWidth, style: .bold)
            canvas.draw(hint.action, row: row, column: rect.column + 4 + keyWidth, width: rect.width - keyWidth - 6)
        }
        canvas.draw("any key closes this", row: rect.bottom - 1, column: rect.column + 2, width: rect.width - 4, style: .dim)
    }
}
