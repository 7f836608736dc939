import JournalCore

/// A multi-line text input with word wrap, for the free-writing prompts.
///
/// Enter inserts a newline; Up/Down move by visual (wrapped) line keeping the column;
/// Home/End (Ctrl-A/Ctrl-E) go to the start/end of the visual line, Ctrl-U/Ctrl-K delete to them;
/// Ctrl- or Alt-Left/Right and Alt-b/Alt-f move by word, Ctrl-W and Alt-Backspace delete the word
/// before, Alt-d the word after; PageUp/PageDown move by a screenful; Backspace/Delete join
/// lines. Tab and Esc are ignored so the screen can use them.
///
/// Set `viewport` to the size the screen renders it at, so Up/Down and paging wrap the way
/// the screen shows the text. Rendering corrects the scroll on its own if the two differ.
public struct TextArea: Equatable, Sendable {
    /// The text being edited.
    public private(set) var buffer: EditBuffer
    /// Shown dim when empty, e.g. "e.g. I was really hoping for this one".
    public var placeholder: String
    /// The size the area is drawn at (rows x columns); used to move by visual line and page.
    public var viewport: Size
    /// The first visual line shown, as last adjusted by a cursor move.
    public private(set) var scrollTop = 0
    /// The column Up/Down try to keep, set by the first vertical move.
    private var goalColumn: Int?

    /// An area holding `text` with the cursor at its end.
    public init(text: String = "", placeholder: String = "", viewport: Size = Size(rows: 6, columns: 60)) {
        self.buffer = EditBuffer(text, allowsNewlines: true)
        self.placeholder = placeholder
        self.viewport = viewport
    }

    /// The current text; setting it puts the cursor at the end.
    public var text: String {
        get { buffer.text }
        set { buffer.setText(newValue); goalColumn = nil }
    }

    /// The cursor as a grapheme offset into `text`.
    public var cursor: Int {
        get { buffer.cursor }
        set { buffer.cursor = newValue; goalColumn = nil }
    }

    /// The columns text wraps at for a given drawing width: one column is kept free so the
    /// cursor can sit after the last character of a full line.
    public static func wrapWidth(forWidth width: Int) -> Int { max(1, width - 1) }

    /// The text wrapped at `width` drawing columns.
    public func visualLines(width: Int) -> [VisualLine] {
        TextWrapper.wrap(buffer.characters, width: Self.wrapWidth(forWidth: width), keepText: false)
    }

    /// The cursor's (visual row, column) when drawn `width` columns wide.
    public func cursorPosition(width: Int) -> Position {
        TextWrapper.position(ofOffset: buffer.cursor, in: visualLines(width: width), characters: buffer.characters)
    }

    /// Inserts a whole pasted text at the cursor in one step (faster than one key per character).
    public mutating func paste(_ text: String) -> WidgetResponse {
        goalColumn = nil
        return buffer.insert(text) ? .changed : .handled
    }

    public mutating func takePaste(_ text: String) -> WidgetResponse? { paste(text) }

    /// Applies one key.
    public mutating func handle(_ key: Key) -> WidgetResponse {
        switch key {
        case .character(let c):
            goalColumn = nil
            return buffer.insert(String(c)) ? .changed : .handled
        case .enter:
            goalColumn = nil
            buffer.insert("\n")
            return .changed
        case .backspace, .control("h"):
            goalColumn = nil
            return buffer.deleteBackward() ? .changed : .handled
        case .delete, .control("d"):
            goalColumn = nil
            return buffer.deleteForward() ? .changed : .handled
        case .wordLeft, .wordRight, .alt("b"), .alt("f"), .altBackspace, .control("w"), .alt("d"), .control("u"), .control("k"):
            goalColumn = nil
            let line = currentLine()
            let response = buffer.handleEditingKey(key, lineStart: line.lowerBound, lineEnd: line.upperBound) ?? .ignored
            if response == .handled { updateScroll() }
            return response
        default:
            break
        }
        // Catch the stored scroll up with what render showed for the old cursor (typing
        // does not update it), so a move scrolls from where the person was looking.
        switch key {
        case .left, .right, .up, .down, .pageUp, .pageDown, .home, .end, .control("a"), .control("e"):
            updateScroll()
        default:
            return .ignored
        }
        switch key {
        case .left:
            buffer.cursor -= 1
            goalColumn = nil
        case .right:
            buffer.cursor += 1
            goalColumn = nil
        case .up:
            moveVertically(by: -1)
        case .down:
            moveVertically(by: 1)
        case .pageUp:
            moveVertically(by: -max(1, viewport.rows - 1))
        case .pageDown:
            moveVertically(by: max(1, viewport.rows - 1))
        case .home, .control("a"):
            moveWithinLine(toColumn: 0)
        case .end, .control("e"):
            moveWithinLine(toColumn: Int.max)
        default:
            return .ignored
        }
        // Only moves adjust the stored scroll; typing relies on render's correction so a long
        // paste does not re-wrap the whole text for every character.
        updateScroll()
        return .handled
    }

    /// Moves the cursor `delta` visual lines, keeping the goal column; past the ends it goes to the start/end.
    private mutating func moveVertically(by delta: Int) {
        let lines = visualLines(width: viewport.columns)
        let here = TextWrapper.position(ofOffset: buffer.cursor, in: lines, characters: buffer.characters)
        let goal = goalColumn ?? here.column
        let target = here.row + delta
        if target < 0 {
            buffer.cursor = 0
        } else if target >= lines.count {
            buffer.cursor = buffer.characters.count
        } else {
            buffer.cursor = TextWrapper.offset(row: target, column: goal, in: lines, characters: buffer.characters)
        }
        goalColumn = goal
    }

    /// Moves to `column` of the current visual line.
    private mutating func moveWithinLine(toColumn column: Int) {
        let lines = visualLines(width: viewport.columns)
        let row = TextWrapper.lineIndex(forOffset: buffer.cursor, in: lines)
        buffer.cursor = TextWrapper.offset(row: row, column: column, in: lines, characters: buffer.characters)
        goalColumn = nil
    }

    /// The offsets of the visual line the cursor is on, without the space a soft break keeps.
    private func currentLine() -> Range<Int> {
        let lines = visualLines(width: viewport.columns)
        let line = lines[TextWrapper.lineIndex(forOffset: buffer.cursor, in: lines)]
        var end = line.range.upperBound
        if !line.endsParagraph, end > line.range.lowerBound, buffer.characters[end - 1] == " " { end -= 1 }
        return line.range.lowerBound..<max(end, line.range.lowerBound)
    }

    private mutating func updateScroll() {
        let lines = visualLines(width: viewport.columns)
        let row = TextWrapper.lineIndex(forOffset: buffer.cursor, in: lines)
        scrollTop = ScrollWindow(showing: row, from: scrollTop, height: viewport.rows, count: lines.count).top
    }

    /// The first line to show so that `row` is visible, moving as little as possible from `top`.
    static func top(keeping row: Int, visibleFrom top: Int, height: Int, lineCount: Int) -> Int {
        ScrollWindow.plainTop(keeping: row, from: top, height: height, count: lineCount)
    }

    /// Draws the visible lines in `rect`; when focused, places the cursor.
    public func render(on canvas: Canvas, in rect: Rect, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        canvas.fill(rect)
        if buffer.isEmpty {
            let hint = TextWrapper.lines(placeholder, width: Self.wrapWidth(forWidth: rect.width))
            for (i, line) in hint.prefix(rect.height).enumerated() {
                canvas.draw(line, row: rect.row + i, column: rect.column, width: rect.width, style: .dim)
            }
            if focused { canvas.setCursor(rect.origin) }
            return
        }
        let lines = visualLines(width: rect.width)
        let cursor = TextWrapper.position(ofOffset: buffer.cursor, in: lines, characters: buffer.characters)
        let window = ScrollWindow(showing: cursor.row, from: scrollTop, height: rect.height, count: lines.count)
        for i in 0..<window.rows {
            let range = lines[window.top + i].range
            canvas.drawClipped(String(buffer.characters[range]), row: rect.row + window.firstRow + i, column: rect.column, width: rect.width)
        }
        if window.markerRows {
            // Hidden text gets a row of its own saying how much, so nobody thinks words were lost.
            window.renderMarkers(on: canvas, in: rect, unit: "line")
        } else if rect.width > 1 {
            // Too small a box for a marker row: an arrow in the column kept free for the cursor.
            if window.hiddenAbove > 0 { canvas.draw("↑", row: rect.row, column: rect.column + rect.width - 1, width: 1, style: .dim) }
            if window.hiddenBelow > 0 {
                canvas.draw("↓", row: rect.row + rect.height - 1, column: rect.column + rect.width - 1, width: 1, style: .dim)
            }
        }
        if focused {
            canvas.setCursor(Position(row: rect.row + window.firstRow + cursor.row - window.top,
                                      column: rect.column + min(cursor.column, rect.width - 1)))
        }
    }

    /// Whether text lies above and below the visible part when drawn in `rect` (for "more" hints).
    public func overflow(in rect: Rect) -> (above: Bool, below: Bool) {
        let lines = visualLines(width: rect.width)
        let row = TextWrapper.lineIndex(forOffset: buffer.cursor, in: lines)
        let window = ScrollWindow(showing: row, from: scrollTop, height: rect.height, count: lines.count)
        return (window.hiddenAbove > 0, window.hiddenBelow > 0)
    }
}

extension TextArea: FormWidget {
    public var value: String {
        get { text }
        set { text = newValue }
    }

    /// A focused box grows with its text (one free row below it) from the preferred rows up to
    /// the room's most, so long writing is seen whole when the screen has room.
    public func height(for room: WidgetRoom, focused: Bool) -> Int {
        guard focused, room.width > 0, room.maxRows > room.preferredRows else { return room.preferredRows }
        return min(room.maxRows, max(room.preferredRows, visualLines(width: room.width).count + 1))
    }

    // Not inlined: inlined, the optimiser kept a copy of the widget alive across the caller's
    // `handle`, which then copied the whole text at every key.
    @inline(never)
    public var takesText: Bool { true }
    @inline(never)
    public var isMultiline: Bool { true }
    public var hasText: Bool { !text.isEmpty }
    public mutating func setViewport(_ size: Size) { viewport = size }
}
