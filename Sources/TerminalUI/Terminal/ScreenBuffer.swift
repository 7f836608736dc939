/// An in-memory terminal for tests: a grid of styled cells plus a queue of scripted events.
///
/// It follows the same rules as the real terminal: wide characters take two cells, drawing
/// clips at the right edge, and overwriting half of a wide character blanks the other half.
public final class ScreenBuffer: Terminal {
    /// One cell of the grid.
    public struct Cell: Equatable, Sendable {
        /// The grapheme drawn here (a space when blank; unused for continuation cells).
        public var character: Character
        /// The style it is drawn with.
        public var style: Style
        /// True for the right half of a wide character.
        public var isContinuation: Bool

        /// An empty, unstyled cell.
        public static let blank = Cell(character: " ", style: .plain, isContinuation: false)
    }

    /// The grid size.
    public private(set) var size: Size
    /// The cursor as last placed by `setCursor`, or nil when hidden.
    public private(set) var cursor: Position?
    /// Events `nextEvent` will return, first to last.
    public var pendingEvents: [InputEvent] {
        get { Array(queue[head...]) }
        set { queue = newValue; head = 0 }
    }
    /// The scripted events and how many were already returned: taking from the front of an
    /// array one at a time would cost the whole queue per event (a 100 KB paste is 100,000).
    private var queue: [InputEvent] = []
    private var head = 0
    /// How many times `flush()` was called.
    public private(set) var flushCount = 0
    /// True between `suspend()` and `resume()`.
    public private(set) var isSuspended = false
    /// The cells, row by row.
    public private(set) var cells: [[Cell]]

    /// A blank screen of `size`.
    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: Array(repeating: .blank, count: max(0, size.columns)), count: max(0, size.rows))
    }

    /// A blank screen of `rows` x `columns`.
    public convenience init(rows: Int, columns: Int) {
        self.init(size: Size(rows: rows, columns: columns))
    }

    // MARK: Canvas

    public func draw(_ text: String, row: Int, column: Int, style: Style) {
        guard row >= 0, row < size.rows else { return }
        var x = column
        for character in text {
            if x >= size.columns { break }
            let w = character.displayWidth
            // Zero-width clusters (a stray combining mark, a control) have no cell of their own.
            if w == 0 { continue }
            if w == 2 {
                if x == size.columns - 1 {
                    // A wide character that does not fit in the last column becomes a space.
                    put(Cell(character: " ", style: style, isContinuation: false), row: row, column: x)
                } else if x == -1 {
                    // Its right half is on screen but the left is not: show a space there.
                    put(Cell(character: " ", style: style, isContinuation: false), row: row, column: 0)
                } else if x >= 0 {
                    put(Cell(character: character, style: style, isContinuation: false), row: row, column: x)
                    put(Cell(character: " ", style: style, isContinuation: true), row: row, column: x + 1)
                }
            } else if x >= 0 {
                put(Cell(character: character, style: style, isContinuation: false), row: row, column: x)
            }
            x += w
        }
    }

    public func clear() {
        for r in cells.indices {
            for c in cells[r].indices { cells[r][c] = .blank }
        }
    }

    public func setCursor(_ position: Position?) {
        cursor = position
    }

    // MARK: Terminal

    public func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        guard head < queue.count else { return nil }
        defer {
            head += 1
            if head == queue.count { queue.removeAll(keepingCapacity: true); head = 0 }
        }
        return queue[head]
    }

    public func flush() { flushCount += 1 }
    public func suspend() { isSuspended = true }
    public func resume() { isSuspended = false }

    // MARK: Scripting

    /// Appends events for `nextEvent` to return.
    public func enqueue(_ events: InputEvent...) { queue.append(contentsOf: events) }

    /// Appends key events for `nextEvent` to return.
    public func enqueue(keys: [Key]) { queue.append(contentsOf: keys.map { .key($0) }) }

    /// Appends one `.character` key event per character of `text` (a newline becomes `.enter`).
    public func type(_ text: String) {
        for character in text {
            queue.append(.key(character == "\n" ? .enter : .character(character)))
        }
    }

    /// Changes the size, keeping what fits, and queues a `.resize` event like a real terminal.
    public func resize(to newSize: Size, queueEvent: Bool = true) {
        var newCells = Array(repeating: Array(repeating: Cell.blank, count: max(0, newSize.columns)),
                             count: max(0, newSize.rows))
        for r in 0..<min(size.rows, newSize.rows) {
            for c in 0..<min(size.columns, newSize.columns) { newCells[r][c] = cells[r][c] }
            // Do not keep the left half of a wide character whose right half was cut off.
            let last = newSize.columns - 1
            if last >= 0, last + 1 < size.columns, cells[r][last + 1].isContinuation {
                newCells[r][last] = .blank
            }
        }
        cells = newCells
        size = newSize
        if queueEvent { queue.append(.resize(newSize)) }
    }

    // MARK: Reading back

    /// Each row as text, trailing spaces trimmed.
    public var lines: [String] {
        cells.indices.map { line($0) }
    }

    /// All rows joined with newlines, trailing empty rows kept (one per row).
    public var text: String { lines.joined(separator: "\n") }

    /// Row `row` as text, trailing spaces trimmed.
    public func line(_ row: Int) -> String {
        var text = ""
        for cell in cells[row] where !cell.isContinuation { text.append(cell.character) }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The style of the cell at `position` (`.plain` outside the grid).
    public func style(at position: Position) -> Style {
        cell(at: position)?.style ?? .plain
    }

    /// The cell at `position`, or nil outside the grid.
    public func cell(at position: Position) -> Cell? {
        guard position.row >= 0, position.row < size.rows, position.column >= 0, position.column < size.columns
        else { return nil }
        return cells[position.row][position.column]
    }

    /// The cell position where `needle` first appears on screen (searching row by row), or nil.
    public func position(of needle: String) -> Position? {
        for r in cells.indices {
            var text = ""
            var columns: [Int] = []  // column of each Character appended to `text`
            for (c, cell) in cells[r].enumerated() where !cell.isContinuation {
                text.append(cell.character)
                columns.append(c)
            }
            let characters = Array(text)
            let target = Array(needle)
            guard !target.isEmpty, target.count <= characters.count else { continue }
            for start in 0...(characters.count - target.count)
            where Array(characters[start..<start + target.count]) == target {
                return Position(row: r, column: columns[start])
            }
        }
        return nil
    }

    /// Writes one cell, blanking the other half of any wide character it cuts in two.
    private func put(_ cell: Cell, row: Int, column: Int) {
        guard column >= 0, column < size.columns else { return }
        let old = cells[row][column]
        if old.isContinuation, column > 0 {
            cells[row][column - 1] = Cell(character: " ", style: cells[row][column - 1].style, isContinuation: false)
        }
        if !old.isContinuation, column + 1 < size.columns, cells[row][column + 1].isContinuation {
            cells[row][column + 1] = Cell(character: " ", style: cells[row][column + 1].style, isContinuation: false)
        }
        cells[row][column] = cell
    }
}
