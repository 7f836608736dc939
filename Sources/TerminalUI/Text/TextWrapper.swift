import JournalCore

/// One visual (on-screen) line of wrapped text and where it comes from in the source.
public struct VisualLine: Equatable, Sendable {
    /// Offsets, in `Character`s of the source, of what this line shows (a trailing break space included, the newline excluded).
    public var range: Range<Int>
    /// The characters of `range` as text (may end with a space that is not drawn when it overhangs).
    public var text: String
    /// True when a newline or the end of the text follows this line, false when it was wrapped.
    public var endsParagraph: Bool

    public init(range: Range<Int>, text: String, endsParagraph: Bool) {
        self.range = range
        self.text = text
        self.endsParagraph = endsParagraph
    }
}

/// Word wrapping and truncation measured in terminal columns, not characters.
public enum TextWrapper {
    /// Wraps `text` into lines of at most `width` columns (spaces at a break may overhang), keeping newlines.
    public static func wrap(_ text: String, width: Int) -> [VisualLine] {
        wrap(Array(text), width: width)
    }

    /// Wraps `text` and returns just the lines, trailing break spaces removed.
    public static func lines(_ text: String, width: Int) -> [String] {
        wrap(text, width: width).map { line in
            var t = Substring(line.text)
            while t.last == " " && !line.endsParagraph { t = t.dropLast() }
            return String(t)
        }
    }

    /// Wraps an array of characters; offsets in the result index into `characters`.
    ///
    /// Breaks after a run of spaces; a word wider than `width` is broken between graphemes.
    /// Always returns at least one line (an empty text is one empty line).
    /// With `keepText` false each line's `text` is left empty (a box draws only the lines it shows,
    /// and making a string of every line of a long text at every frame was most of its cost).
    public static func wrap(_ characters: [Character], width: Int, keepText: Bool = true) -> [VisualLine] {
        let width = max(1, width)
        var result: [VisualLine] = []
        var paragraphStart = 0
        while true {
            let paragraphEnd = characters[paragraphStart...].firstIndex(of: "\n") ?? characters.count
            wrapParagraph(characters, paragraphStart..<paragraphEnd, width: width, keepText: keepText, into: &result)
            if paragraphEnd == characters.count { break }
            paragraphStart = paragraphEnd + 1
        }
        return result
    }

    /// Wraps one newline-free stretch of `characters`, appending its visual lines.
    private static func wrapParagraph(_ characters: [Character], _ paragraph: Range<Int>, width: Int, keepText: Bool,
                                      into result: inout [VisualLine]) {
        func emit(_ range: Range<Int>, last: Bool) {
            result.append(VisualLine(range: range, text: keepText ? String(characters[range]) : "", endsParagraph: last))
        }
        var lineStart = paragraph.lowerBound
        var column = 0
        // Where the next word starts after the most recent space on this line.
        var breakPoint: Int? = nil
        var i = paragraph.lowerBound
        while i < paragraph.upperBound {
            let character = characters[i]
            let w = character.displayWidth
            if character == " " {
                // Spaces may overhang the edge so that a break never starts a line with a space.
                column += w
                i += 1
                breakPoint = i
                continue
            }
            if column + w > width && column > 0 {
                if let b = breakPoint, b > lineStart {
                    emit(lineStart..<b, last: false)
                    lineStart = b
                    column = 0
                    for k in b..<i { column += characters[k].displayWidth }
                } else {
                    emit(lineStart..<i, last: false)
                    lineStart = i
                    column = 0
                }
                breakPoint = nil
                continue  // re-check the same character on the new line
            }
            column += w
            i += 1
        }
        emit(lineStart..<paragraph.upperBound, last: true)
    }

    /// The index of the visual line that shows a cursor at `offset` (between characters).
    public static func lineIndex(forOffset offset: Int, in lines: [VisualLine]) -> Int {
        // The last line starting at or before the offset: a cursor at a soft break belongs
        // to the start of the next line, one before a newline to the end of its own line.
        var low = 0, high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].range.lowerBound <= offset { low = mid } else { high = mid - 1 }
        }
        return max(0, low)
    }

    /// The (row, column) on screen of a cursor at `offset`, row counted in visual lines.
    public static func position(ofOffset offset: Int, in lines: [VisualLine], characters: [Character]) -> Position {
        let row = lineIndex(forOffset: offset, in: lines)
        let start = lines[row].range.lowerBound
        let end = min(max(offset, start), characters.count)
        return Position(row: row, column: DisplayWidth.of(String(characters[start..<end])))
    }

    /// The offset nearest to `column` on visual line `row` (never past a soft break).
    public static func offset(row: Int, column: Int, in lines: [VisualLine], characters: [Character]) -> Int {
        let line = lines[min(max(row, 0), lines.count - 1)]
        var last = line.range.upperBound
        // On a wrapped line the position after the last character is the next line's start.
        if !line.endsParagraph && last > line.range.lowerBound { last -= 1 }
        var x = 0
        var i = line.range.lowerBound
        while i < last {
            let w = characters[i].displayWidth
            if x + w > column { break }
            x += w
            i += 1
        }
        return i
    }

    /// `text` cut to at most `width` columns, ending in "…" when something was cut (see `TextFit`).
    public static func truncate(_ text: String, toWidth width: Int) -> String { TextFit.truncate(text, toWidth: width) }

    /// The longest prefix of `text` (whole graphemes) that fits in `width` columns.
    public static func prefix(_ text: String, fittingWidth width: Int) -> String { TextFit.prefix(text, fittingWidth: width) }

    /// `text` cut or padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, toWidth width: Int) -> String { TextFit.fitted(text, toWidth: width) }
}
