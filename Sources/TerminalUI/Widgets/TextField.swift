import JournalCore

/// A single-line text input with Emacs-style editing keys and horizontal scrolling.
///
/// Keys: Left/Right, Ctrl- or Alt-Left/Right and Alt-b/Alt-f (by word), Home/End (Ctrl-A/Ctrl-E),
/// Backspace/Delete, Ctrl-W and Alt-Backspace (word before), Alt-d (word after), Ctrl-U (delete to
/// start), Ctrl-K (delete to end). Enter submits; Tab, Esc and other keys are ignored so the
/// screen can use them.
public struct TextField: Equatable, Sendable {
    /// The text being edited.
    public private(set) var buffer: EditBuffer
    /// Shown dim when the field is empty, e.g. "e.g. Acme".
    public var placeholder: String
    /// The most characters the field accepts, or nil for no limit.
    public var maxLength: Int?

    /// A field holding `text`, cursor at the end.
    public init(text: String = "", placeholder: String = "", maxLength: Int? = nil) {
        self.buffer = EditBuffer(text, allowsNewlines: false)
        self.placeholder = placeholder
        self.maxLength = maxLength
        if let maxLength, buffer.characters.count > maxLength {
            buffer.setText(String(buffer.characters.prefix(maxLength)))
        }
    }

    /// The current text; setting it puts the cursor at the end.
    public var text: String {
        get { buffer.text }
        set { buffer.setText(newValue) }
    }

    /// The cursor as a grapheme offset into `text`.
    public var cursor: Int {
        get { buffer.cursor }
        set { buffer.cursor = newValue }
    }

    /// Applies one key.
    public mutating func handle(_ key: Key) -> WidgetResponse {
        if let response = buffer.handleEditingKey(key, lineStart: 0, lineEnd: buffer.characters.count) { return response }
        switch key {
        case .character(let c):
            return buffer.insert(String(c), limit: maxLength) ? .changed : .handled
        case .left:
            buffer.cursor -= 1
        case .right:
            buffer.cursor += 1
        case .home, .control("a"):
            buffer.cursor = 0
        case .end, .control("e"):
            buffer.cursor = buffer.characters.count
        case .backspace, .control("h"):
            return buffer.deleteBackward() ? .changed : .handled
        case .delete, .control("d"):
            return buffer.deleteForward() ? .changed : .handled
        case .enter:
            return .submit
        default:
            return .ignored
        }
        return .handled
    }

    /// Draws the field on the first row of `rect`; when focused, underlines it and places the cursor.
    public func render(on canvas: Canvas, in rect: Rect, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        let fieldStyle: Style = focused ? .underline : .plain
        if buffer.isEmpty {
            canvas.drawPadded(placeholder, row: rect.row, column: rect.column, width: rect.width,
                              style: fieldStyle.union(.dim))
            if focused { canvas.setCursor(rect.origin) }
            return
        }
        // Unfocused, the field shows its beginning; focused, the part around the cursor.
        let first = focused ? firstVisible(width: rect.width) : 0
        let visible = String(buffer.characters[first...])
        canvas.drawPadded(visible, row: rect.row, column: rect.column, width: rect.width, style: fieldStyle)
        if focused {
            let column = DisplayWidth.of(String(buffer.characters[first..<buffer.cursor]))
            canvas.setCursor(Position(row: rect.row, column: rect.column + min(column, rect.width - 1)))
        }
    }

    /// The first character shown so the cursor fits in `width` columns (one column kept for it).
    ///
    /// Computed from the state alone, so rendering stays a pure function: the text scrolls
    /// only when the cursor would otherwise leave the right edge.
    public func firstVisible(width: Int) -> Int {
        let room = max(1, width - 1)
        let characters = buffer.characters
        var used = 0
        var first = buffer.cursor
        while first > 0 {
            let w = characters[first - 1].displayWidth
            if used + w > room { break }
            used += w
            first -= 1
        }
        return first
    }
}

extension TextField: FormWidget {
    public var value: String {
        get { text }
        set { text = newValue }
    }
    public func height(for room: WidgetRoom, focused: Bool) -> Int { 1 }
    public var takesText: Bool { true }
    public var hasText: Bool { !text.isEmpty }
    public func sitsBesideLabel(focused: Bool) -> Bool { true }
}
