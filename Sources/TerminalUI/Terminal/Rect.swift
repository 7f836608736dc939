/// A rectangle of cells on a canvas: where a widget is drawn.
public struct Rect: Equatable, Sendable, CustomStringConvertible {
    public var row: Int
    public var column: Int
    public var width: Int
    public var height: Int

    /// A rectangle with its top-left cell at `row`, `column`.
    public init(row: Int, column: Int, width: Int, height: Int) {
        self.row = row
        self.column = column
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// A rectangle at `origin` of `size`.
    public init(origin: Position, size: Size) {
        self.init(row: origin.row, column: origin.column, width: size.columns, height: size.rows)
    }

    /// The whole of a canvas of `size`.
    public init(size: Size) {
        self.init(row: 0, column: 0, width: size.columns, height: size.rows)
    }

    /// The top-left cell.
    public var origin: Position { Position(row: row, column: column) }
    /// The size in rows and columns.
    public var size: Size { Size(rows: height, columns: width) }
    /// The row just below the rectangle.
    public var bottom: Int { row + height }
    /// True when it has no cells.
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var description: String { "(\(row),\(column) \(width)x\(height))" }

    /// The top `count` rows.
    public func top(_ count: Int) -> Rect {
        Rect(row: row, column: column, width: width, height: min(height, max(0, count)))
    }

    /// The bottom `count` rows.
    public func bottom(_ count: Int) -> Rect {
        let n = min(height, max(0, count))
        return Rect(row: row + height - n, column: column, width: width, height: n)
    }

    /// What is left after removing the top `count` rows.
    public func droppingTop(_ count: Int) -> Rect {
        let n = min(height, max(0, count))
        return Rect(row: row + n, column: column, width: width, height: height - n)
    }

    /// What is left after removing the bottom `count` rows.
    public func droppingBottom(_ count: Int) -> Rect {
        let n = min(height, max(0, count))
        return Rect(row: row, column: column, width: width, height: height - n)
    }

    /// Shrunk by `horizontal` columns on each side and `vertical` rows at top and bottom.
    public func inset(horizontal: Int = 0, vertical: Int = 0) -> Rect {
        Rect(row: row + vertical, column: column + horizontal,
             width: width - 2 * horizontal, height: height - 2 * vertical)
    }

    /// A rectangle of at most `maxWidth` columns, centred horizontally in this one.
    public func centered(maxWidth: Int) -> Rect {
        let w = min(width, max(0, maxWidth))
        return Rect(row: row, column: column + (width - w) / 2, width: w, height: height)
    }
}
