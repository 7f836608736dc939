/// Drawing helpers every widget uses, built only on the `Canvas` primitives.
extension Canvas {
    /// Draws `text` on one row within `width` columns, ending in "…" when it had to be cut (a
    /// header, a label or a row never loses words silently); returns the columns used.
    @discardableResult
    public func draw(_ text: String, row: Int, column: Int, width: Int, style: Style = .plain) -> Int {
        guard width > 0 else { return 0 }
        let cut = TextWrapper.truncate(text, toWidth: width)
        draw(cut, row: row, column: column, style: style)
        return cut.displayWidth
    }

    /// Draws `text` cut to `width` columns with no mark: for a line of text being edited, already
    /// wrapped to its box, where a "…" would read as a typed character.
    @discardableResult
    public func drawClipped(_ text: String, row: Int, column: Int, width: Int, style: Style = .plain) -> Int {
        guard width > 0 else { return 0 }
        let cut = TextWrapper.prefix(text, fittingWidth: width)
        draw(cut, row: row, column: column, style: style)
        return cut.displayWidth
    }

    /// Draws `text` cut or padded with spaces to exactly `width` columns (so a style covers the whole width).
    public func drawPadded(_ text: String, row: Int, column: Int, width: Int, style: Style = .plain) {
        guard width > 0 else { return }
        draw(TextWrapper.pad(text, toWidth: width), row: row, column: column, style: style)
    }

    /// Fills `rect` with spaces in `style`.
    public func fill(_ rect: Rect, style: Style = .plain) {
        guard rect.width > 0 else { return }
        let blank = String(repeating: " ", count: rect.width)
        for r in rect.row..<rect.bottom { draw(blank, row: r, column: rect.column, style: style) }
    }
}
