import JournalCore

/// Which rows of something taller than its box are shown, keeping one row (a cursor) in view.
///
/// From three rows up, hidden rows cost a row of their own at that edge, where a marker says
/// how many there are in words ("↓ 4 more below"); so a marker never covers an item or a line
/// of text. A smaller box shows only rows; its owner may add arrows. Text boxes and lists use it.
public struct ScrollWindow: Equatable, Sendable {
    /// The first row shown.
    public var top: Int
    /// How many rows are shown.
    public var rows: Int
    /// Rows hidden above and below the shown ones.
    public var hiddenAbove: Int
    public var hiddenBelow: Int
    /// True when the markers take a row each (false in a box under three rows).
    public var markerRows: Bool

    /// The box row the first shown row is drawn on.
    public var firstRow: Int { markerRows && hiddenAbove > 0 ? 1 : 0 }

    /// The window on `count` rows in a box `height` rows tall that shows `cursor`, moving as
    /// little as possible from a previous `top`.
    public init(showing cursor: Int, from top: Int = 0, height: Int, count: Int) {
        let height = max(1, height)
        let cursor = min(max(0, cursor), max(0, count - 1))
        guard count > height, height >= 3 else {
            let t = Self.plainTop(keeping: cursor, from: top, height: height, count: count)
            self.init(top: t, rows: min(height, count), hiddenAbove: t, hiddenBelow: max(0, count - t - height), markerRows: false)
            return
        }
        // At the very top or bottom one marker row is needed, in between two.
        let last = count - height + 1
        var candidates: [Int] = []
        if cursor <= height - 2 { candidates.append(0) }
        if cursor >= last { candidates.append(last) }
        let low = max(1, cursor - height + 3), high = min(last - 1, cursor)
        if low <= high { candidates.append(min(max(top, low), high)) }
        var t = candidates.min { abs($0 - top) < abs($1 - top) } ?? 0
        // One row hidden behind a marker row helps nobody: show that row instead.
        if t == 1, candidates.contains(0) { t = 0 }
        if t == last - 1, candidates.contains(last) { t = last }
        let rows = height - (t > 0 ? 1 : 0) - (t < last ? 1 : 0)
        self.init(top: t, rows: rows, hiddenAbove: t, hiddenBelow: count - t - rows, markerRows: true)
    }

    private init(top: Int, rows: Int, hiddenAbove: Int, hiddenBelow: Int, markerRows: Bool) {
        self.top = top
        self.rows = rows
        self.hiddenAbove = hiddenAbove
        self.hiddenBelow = hiddenBelow
        self.markerRows = markerRows
    }

    /// The shown rows.
    public var shown: Range<Int> { top..<(top + rows) }

    /// The first row to show so that `cursor` is visible, with no marker rows.
    static func plainTop(keeping cursor: Int, from top: Int, height: Int, count: Int) -> Int {
        let height = max(1, height)
        var t = top
        if cursor < t { t = cursor }
        if cursor >= t + height { t = cursor - height + 1 }
        // No blank rows at the bottom while there is more above to show.
        t = min(t, max(0, count - height))
        return max(0, t)
    }

    /// "↑ 3 more lines above" (with `unit` "line") or "↓ 4 more below", shortened to fit `width`.
    public static func marker(_ count: Int, above: Bool, unit: String? = nil, width: Int) -> String {
        let arrow = above ? "↑" : "↓"
        let noun = unit.map { " " + (count == 1 ? $0 : $0 + "s") } ?? ""
        let options = ["\(arrow) \(count) more\(noun) \(above ? "above" : "below")", "\(arrow) \(count) more", "\(arrow) \(count)", arrow]
        return options.first { $0.displayWidth <= width } ?? ""
    }

    /// Draws the marker rows of this window in `rect`, dim.
    public func renderMarkers(on canvas: Canvas, in rect: Rect, unit: String? = nil) {
        guard markerRows else { return }
        if hiddenAbove > 0 {
            canvas.drawPadded(Self.marker(hiddenAbove, above: true, unit: unit, width: rect.width), row: rect.row,
                              column: rect.column, width: rect.width, style: .dim)
        }
        if hiddenBelow > 0 {
            canvas.drawPadded(Self.marker(hiddenBelow, above: false, unit: unit, width: rect.width), row: rect.bottom - 1,
                              column: rect.column, width: rect.width, style: .dim)
        }
    }
}
