/// Cutting and padding text by terminal columns (as `DisplayWidth` measures them), whole
/// graphemes only: the one way the command line's tables and the screens fit text to a width.
public enum TextFit {
    /// The longest prefix of `text` (whole graphemes) that fits in `width` columns.
    public static func prefix(_ text: String, fittingWidth width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = text[index].displayWidth
            if used + w > width { break }
            used += w
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// `text` cut to at most `width` columns, ending in "…" when something was cut.
    public static func truncate(_ text: String, toWidth width: Int) -> String {
        if width <= 0 { return "" }
        if text.displayWidth <= width { return text }
        return prefix(text, fittingWidth: width - 1) + "…"
    }

    /// `text` with spaces after it up to `width` columns; longer text is left whole.
    public static func padded(_ text: String, toWidth width: Int) -> String {
        let n = width - text.displayWidth
        guard n > 0 else { return text }
        return text + spaces(n)
    }

    /// `text` cut or padded with spaces to exactly `width` columns.
    public static func fitted(_ text: String, toWidth width: Int) -> String {
        let cut = prefix(text, fittingWidth: width)
        return cut + spaces(max(0, width - cut.displayWidth))
    }

    /// `n` spaces; made once for the common widths, as tables of thousands of lines ask often.
    static func spaces(_ n: Int) -> String {
        n < spaceStrings.count ? spaceStrings[n] : String(repeating: " ", count: n)
    }

    private static let spaceStrings: [String] = (0..<128).map { String(repeating: " ", count: $0) }
}
