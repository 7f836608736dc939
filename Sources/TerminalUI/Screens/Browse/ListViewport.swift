/// The selected row and the first visible row of a long list, so a screen draws only what fits.
///
/// All moves are O(1): nothing here looks at the rows themselves, which keeps a list of
/// 10,000 entries as quick to scroll as a list of ten.
public struct ListViewport: Equatable, Sendable {
    /// How many rows the list has.
    public private(set) var count: Int
    /// The selected row (0 when the list is empty).
    public private(set) var selection = 0
    /// The first row on screen.
    public private(set) var top = 0
    /// How many rows fit on screen.
    public private(set) var height = 1

    /// A viewport over `count` rows, at the top.
    public init(count: Int = 0) { self.count = max(0, count) }

    /// The rows on screen now.
    public var visible: Range<Int> { top..<min(count, top + height) }

    /// A new row count (after a filter or a search); the selection stays in range.
    public mutating func setCount(_ n: Int, keepSelection: Bool = true) {
        count = max(0, n)
        if !keepSelection { selection = 0; top = 0 }
        clamp()
    }

    /// A new screen height.
    public mutating func setHeight(_ rows: Int) {
        height = max(1, rows)
        clamp()
    }

    /// Moves the selection by `delta` rows (negative is up), stopping at the ends.
    public mutating func move(_ delta: Int) {
        select(selection + delta)
    }

    /// Selects row `index`, scrolling just enough to show it.
    public mutating func select(_ index: Int) {
        selection = index
        clamp()
    }

    /// One screen down or up: the selection moves by a page and the view follows.
    public mutating func page(_ direction: Int) {
        move(direction * max(1, height - 1))
    }

    private mutating func clamp() {
        selection = count == 0 ? 0 : min(max(selection, 0), count - 1)
        if selection < top { top = selection }
        if selection >= top + height { top = selection - height + 1 }
        top = max(0, min(top, max(0, count - height)))
    }
}
