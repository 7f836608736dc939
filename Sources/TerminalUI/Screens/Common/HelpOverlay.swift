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
        let keysWide = hints.map(\.key.displayWidth).max() ?? 0
        let actionsWide = hints.map(\.action.displayWidth).max() ?? 0
        let width = min(size.columns - 4, max(40, keysWide + actionsWide + 6))
        // The keys get what they need while the words keep at least half the box; what is
        // still too long wraps onto a second row rather than being cut.
        let keyWidth = min(keysWide, max(8, width - 6 - min(actionsWide, (width - 6) / 2)))
        let actionWidth = max(1, width - keyWidth - 6)
        let blocks = hints.map { hint in
            (keys: TextWrapper.lines(hint.key, width: keyWidth), words: TextWrapper.lines(hint.action, width: actionWidth))
        }
        let needed = blocks.map { max($0.keys.count, $0.words.count, 1) }.reduce(0, +)
        let height = min(size.rows - 2, needed + 4)
        guard width > 10, height > 3 else { return }
        let rect = Rect(row: max(0, (size.rows - height) / 2), column: max(0, (size.columns - width) / 2), width: width, height: height)
        canvas.fill(rect)
        Box.draw(on: canvas, rect: rect, title: title)
        // On a short terminal the last row says how many keys did not fit, rather than hiding them silently.
        let rows = height - 4
        var row = rect.row + 2, shown = 0
        for block in blocks {
            let tall = max(block.keys.count, block.words.count, 1)
            let roomLeft = rect.row + 2 + rows - row
            if tall > roomLeft || (shown < blocks.count - 1 && tall == roomLeft && needed > rows) { break }
            for i in 0..<tall {
                if i < block.keys.count { canvas.draw(block.keys[i], row: row + i, column: rect.column + 2, width: keyWidth, style: .bold) }
                if i < block.words.count { canvas.draw(block.words[i], row: row + i, column: rect.column + 4 + keyWidth, width: actionWidth) }
            }
            row += tall
            shown += 1
        }
        if shown < hints.count {
            canvas.draw("… \(hints.count - shown) more in a taller window", row: row, column: rect.column + 2, width: rect.width - 4, style: .dim)
        }
        canvas.draw("any key closes this", row: rect.bottom - 1, column: rect.column + 2, width: rect.width - 4, style: .dim)
    }
}
