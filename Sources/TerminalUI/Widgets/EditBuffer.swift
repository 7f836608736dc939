import JournalCore

/// Text being edited, stored as graphemes so the cursor always moves by whole characters.
///
/// Shared by `TextField` and `TextArea`. Inserted text is made safe (tabs become spaces,
/// controls become visible) so nothing typed or pasted can reach the terminal raw, and
/// nothing is silently dropped.
public struct EditBuffer: Equatable, Sendable {
    /// The text, one element per grapheme cluster.
    public private(set) var characters: [Character]
    /// The cursor, between characters: 0...characters.count.
    public var cursor: Int {
        didSet { cursor = min(max(cursor, 0), characters.count) }
    }
    /// Whether newlines are kept (TextArea) or turned into spaces (TextField).
    public let allowsNewlines: Bool

    /// A buffer holding `text` with the cursor at its end.
    public init(_ text: String = "", allowsNewlines: Bool) {
        self.allowsNewlines = allowsNewlines
        self.characters = []
        self.cursor = 0
        self.characters = Self.clean(text, allowsNewlines: allowsNewlines)
        self.cursor = characters.count
    }

    /// The text as a string.
    public var text: String { String(characters) }
    /// True when there is no text.
    public var isEmpty: Bool { characters.isEmpty }

    /// Replaces all text and puts the cursor at the end.
    public mutating func setText(_ text: String) {
        characters = Self.clean(text, allowsNewlines: allowsNewlines)
        cursor = characters.count
    }

    /// Inserts `text` at the cursor, at most `limit` characters in total; returns whether anything was inserted.
    @discardableResult
    public mutating func insert(_ text: String, limit: Int? = nil) -> Bool {
        var new = Self.clean(text, allowsNewlines: allowsNewlines)
        // A combining mark typed on its own joins the character before it, as on screen.
        if cursor > 0, let first = new.first {
            let merged = String(characters[cursor - 1]) + String(first)
            if merged.count == 1 {
                characters[cursor - 1] = Character(merged)
                new.removeFirst()
                if new.isEmpty { return true }
            }
        }
        if let limit { new = Array(new.prefix(max(0, limit - characters.count))) }
        guard !new.isEmpty else { return false }
        characters.insert(contentsOf: new, at: cursor)
        cursor += new.count
        return true
    }

    /// Deletes the characters in `range` (clamped) and puts the cursor at its start.
    @discardableResult
    public mutating func delete(_ range: Range<Int>) -> Bool {
        let lower = min(max(range.lowerBound, 0), characters.count)
        let upper = min(max(range.upperBound, lower), characters.count)
        guard lower < upper else { return false }
        characters.removeSubrange(lower..<upper)
        cursor = lower
        return true
    }

    /// Deletes the character before the cursor.
    @discardableResult
    public mutating func deleteBackward() -> Bool { delete(cursor - 1..<cursor) }

    /// Deletes the character after the cursor.
    @discardableResult
    public mutating func deleteForward() -> Bool {
        let at = cursor
        let done = delete(cursor..<cursor + 1)
        cursor = at
        return done
    }

    /// The offset where the word before the cursor starts (skipping spaces first), as Ctrl-W uses.
    public func previousWordStart() -> Int {
        var i = cursor
        while i > 0, characters[i - 1].isWhitespace { i -= 1 }
        while i > 0, !characters[i - 1].isWhitespace { i -= 1 }
        return i
    }

    /// The offset just after the word after the cursor (skipping spaces first), as Alt-f uses.
    public func nextWordEnd() -> Int {
        var i = cursor
        while i < characters.count, characters[i].isWhitespace { i += 1 }
        while i < characters.count, !characters[i].isWhitespace { i += 1 }
        return i
    }

    /// Applies a key every text box shares: word moves and word, line-start and line-end deletes.
    ///
    /// `lineStart` and `lineEnd` are the offsets of the line the cursor is on, as the widget
    /// shows it. Returns nil for a key that is not one of these.
    public mutating func handleEditingKey(_ key: Key, lineStart: Int, lineEnd: Int) -> WidgetResponse? {
        switch key {
        case .wordLeft, .alt("b"):
            cursor = previousWordStart()
            return .handled
        case .wordRight, .alt("f"):
            cursor = nextWordEnd()
            return .handled
        case .altBackspace, .control("w"):
            return delete(previousWordStart()..<cursor) ? .changed : .handled
        case .alt("d"):
            let at = cursor
            let changed = delete(at..<nextWordEnd())
            cursor = at
            return changed ? .changed : .handled
        case .control("u"):
            return delete(lineStart..<cursor) ? .changed : .handled
        case .control("k"):
            // At the end of a line already, Ctrl-K joins the next one, as in Emacs.
            let at = cursor
            let end = lineEnd > at ? lineEnd : min(at + 1, characters.count)
            let changed = delete(at..<end)
            cursor = at
            return changed ? .changed : .handled
        default:
            return nil
        }
    }

    /// Text as it may be stored in the buffer: no raw controls, tabs as spaces, newlines as allowed.
    static func clean(_ text: String, allowsNewlines: Bool) -> [Character] {
        var safe = SafeText.visible(text, keepNewlines: true)
        if !allowsNewlines && safe.contains("\n") {
            safe = String(safe.map { $0 == "\n" ? " " : $0 })
        }
        return Array(safe)
    }
}
