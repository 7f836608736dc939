/// Cuts the one line of text around a search match, for a results list.
///
/// Control characters become spaces, runs of white space shrink to one, and a long line is
/// cut to about `width` columns with `…` so the match stays in view.
public enum Snippet {
    /// Columns of text kept before the match when the line must be cut.
    static let lead = 24

    /// The snippet for the match of `length` bytes at byte `offset` of `bytes`.
    public static func make(_ bytes: [UInt8], matchAt offset: Int, length: Int, width: Int = 80) -> String {
        let at = min(max(0, offset), bytes.count)
        // Look at most `reach` bytes either side: a long paragraph need not be decoded whole.
        let reach = width * 4
        var start = at
        while start > 0, at - start < reach, bytes[start - 1] != 0x0A { start -= 1 }
        while start < at, bytes[start] & 0xC0 == 0x80 { start += 1 }  // not inside a UTF-8 sequence
        var end = min(bytes.count, at + max(0, length))
        let limit = min(bytes.count, end + reach)
        while end < limit, bytes[end] != 0x0A { end += 1 }
        while end < bytes.count, end > at, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        let before = tidy(String(decoding: bytes[start..<at], as: UTF8.self), keepTrailingSpace: true)
        let from = tidy(String(decoding: bytes[at..<end], as: UTF8.self), keepTrailingSpace: false)
        return fit(before: before.drop(while: { $0 == " " }), from: from, width: width)
    }

    static func fit(before: Substring, from: String, width: Int) -> String {
        let beforeWidth = ColumnWidth.of(before)
        let fromWidth = ColumnWidth.of(from)
        if beforeWidth + fromWidth <= width { return String(before) + from }
        var head = String(before)
        var used = beforeWidth
        if beforeWidth > lead {
            // Keep the last `lead` columns before the match, starting at a word when one is near.
            var kept = Substring("")
            var keptWidth = 0
            for c in before.reversed() {
                let w = ColumnWidth.of(c)
                if keptWidth + w > lead - 1 { break }
                kept = Substring(String(c)) + kept
                keptWidth += w
            }
            if let space = kept.firstIndex(of: " "), kept.distance(from: kept.startIndex, to: space) < 10 {
                kept = kept[kept.index(after: space)...]
            }
            head = "…" + kept
            used = 1 + ColumnWidth.of(kept)
        }
        var tail = ""
        var tailWidth = 0
        let room = max(1, width - used)
        if fromWidth <= room { return head + from }
        for c in from {
            let w = ColumnWidth.of(c)
            if tailWidth + w > room - 1 { break }
            tail.append(c)
            tailWidth += w
        }
        while tail.last == " " { tail.removeLast() }
        return head + tail + "…"
    }

    /// Control characters to spaces, white-space runs to one space, trimmed at the ends.
    static func tidy(_ text: String, keepTrailingSpace: Bool) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isSpace = v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) || v == 0x20 || v == 0x2028 || v == 0x2029
                || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069) || v == 0xFEFF
            if isSpace {
                pendingSpace = true
            } else {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        if pendingSpace && keepTrailingSpace && !out.isEmpty { out.append(" ") }
        return out
    }
}
