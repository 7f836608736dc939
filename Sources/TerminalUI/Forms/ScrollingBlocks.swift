/// A screen's content as blocks stacked top to bottom (an intro, then one block per field),
/// drawn between two rows and scrolled so the focused block is in view, with "more above"
/// and "more below" lines when some do not fit. `Form` lays its fields out with it.
public struct ScrollingBlocks {
    /// One block: its height in rows and how to draw it with its first row given.
    public struct Block {
        public var height: Int
        public var isFocused: Bool
        public var draw: (Canvas, Int) -> Void

        public init(height: Int, isFocused: Bool = false, draw: @escaping (Canvas, Int) -> Void) {
            self.height = height
            self.isFocused = isFocused
            self.draw = draw
        }
    }

    public var blocks: [Block] = []
    public var moreAbove = "↑ more above"
    public var moreBelow = "↓ more below"

    public init(moreAbove: String = "↑ more above", moreBelow: String = "↓ more below") {
        self.moreAbove = moreAbove
        self.moreBelow = moreBelow
    }

    public mutating func append(_ block: Block) { blocks.append(block) }

    /// Draws from row `top` to just above row `bottom` (the status line).
    public func render(on canvas: Canvas, top: Int, bottom: Int, left: Int, width: Int) {
        let available = bottom - top
        guard available > 0, !blocks.isEmpty else { return }
        let focused = blocks.firstIndex { $0.isFocused } ?? 0
        var start = 0
        let used = blocks[0...focused].reduce(0) { $0 + $1.height }
        // Start at the top when the focused block fits (with the "more below" line under it
        // when more follow); otherwise scroll just enough to show it.
        if used > available - (focused + 1 < blocks.count ? 1 : 0) {
            start = focused
            var total = blocks[focused].height
            while start > 0, total + blocks[start - 1].height <= available - 2 {  // room for both "more" lines
                start -= 1
                total += blocks[start].height
            }
        }
        var row = top
        if start > 0 {
            canvas.draw(moreAbove, row: row, column: left, width: width, style: .dim)
            row += 1
        }
        var b = start
        while b < blocks.count {
            let block = blocks[b]
            // Blocks end above `bottom`, and above a "more below" line when more follow.
            let fits = row + block.height <= bottom - (b + 1 < blocks.count ? 1 : 0)
            if !fits && b != start { break }
            block.draw(canvas, row)
            row += block.height
            b += 1
        }
        if b < blocks.count {
            canvas.draw(moreBelow, row: min(row, bottom - 1), column: left, width: width, style: .dim)
        }
    }
}
