import JournalCore

/// Padding and cutting text by terminal columns, for aligned tables.
enum TextLayout {
    /// The text cut to at most `width` columns, ending in `…` when cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard ColumnWidth.of(text) > width else { return text }
        var out = ""
        var used = 0
        for c in text {
            let w = ColumnWidth.of(c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }

    /// The text padded with spaces to `width` columns.
    static func pad(_ text: String, to width: Int) -> String {
        let w = ColumnWidth.of(text)
        guard w < width else { return text }
        // Made once: `String(repeating:count:)` per call cost a third of formatting thousands of lines.
        let n = width - w
        return text + (n < spaces.count ? spaces[n] : String(repeating: " ", count: n))
    }

    /// `spaces[n]` is n spaces.
    private static let spaces: [String] = (0..<128).map { String(repeating: " ", count: $0) }
}
