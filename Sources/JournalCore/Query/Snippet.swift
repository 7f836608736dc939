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
        let before = tidy(bytes[start..<at], keepTrailingSpace: true)
        let from = tidy(bytes[at..<end], keepTrailingSpace: false)
        let lead = String(decoding: before.drop(while: { $0 == 0x20 }), as: UTF8.self)[...]
        let rest = String(decoding: from, as: UTF8.self)
        // Tidy output has no control bytes, so all-ASCII means one column a byte.
        if before.allSatisfy({ $0 < 0x80 }) && from.allSatisfy({ $0 < 0x80 }) {
            return fitASCII(before: lead, from: rest, width: width)
        }
        return fitGraphemes(before: lead, from: rest, width: width)
    }

    /// Keeps the text before the match to about `lead` columns and cuts the rest at `width`, by display width.
    static func fitGraphemes(before: Substring, from: String, width: Int) -> String {
        let beforeWidth = DisplayWidth.of(before)
        let fromWidth = DisplayWidth.of(from)
        if beforeWidth + fromWidth <= width { return String(before) + from }
        var head = String(before)
        var used = beforeWidth
        if beforeWidth > lead {
            // Keep the last `lead` columns before the match, starting at a word when one is near.
            var kept = Substring("")
            var keptWidth = 0
            for c in before.reversed() {
                let w = DisplayWidth.of(c)
                if keptWidth + w > lead - 1 { break }
                kept = Substring(String(c)) + kept
                keptWidth += w
            }
            if let space = kept.firstIndex(of: " "), kept.distance(from: kept.startIndex, to: space) < 10 {
                kept = kept[kept.index(after: space)...]
            }
            head = "…" + kept
            used = 1 + DisplayWidth.of(kept)
        }
        var tail = ""
        var tailWidth = 0
        let room = max(1, width - used)
        if fromWidth <= room { return head + from }
        for c in from {
            let w = DisplayWidth.of(c)
            if tailWidth + w > room - 1 { break }
            tail.append(c)
            tailWidth += w
        }
        while tail.last == " " { tail.removeLast() }
        return head + tail + "…"
    }

    /// `fit` for text that is all ASCII (most journals): one byte is one column, so it slices
    /// bytes instead of walking grapheme clusters, which made a common-word search 2x slower.
    static func fitASCII(before: Substring, from: String, width: Int) -> String {
        let beforeWidth = before.utf8.count, fromWidth = from.utf8.count
        if beforeWidth + fromWidth <= width { return String(before) + from }
        var head = String(before)
        var used = beforeWidth
        if beforeWidth > lead {
            var kept = before[before.utf8.index(before.endIndex, offsetBy: -(lead - 1))...]
            if let space = kept.utf8.firstIndex(of: 0x20), kept.utf8.distance(from: kept.startIndex, to: space) < 10 {
                kept = kept[kept.index(after: space)...]
            }
            head = "…" + kept
            used = 1 + kept.utf8.count
        }
        let room = max(1, width - used)
        if fromWidth <= room { return head + from }
        var tail = from.utf8.prefix(max(0, room - 1))
        while tail.last == 0x20 { tail = tail.dropLast() }
        return head + String(decoding: tail, as: UTF8.self) + "…"
    }

    /// Control characters to spaces, white-space runs to one space, trimmed at the ends.
    ///
    /// Works on the UTF-8 bytes, for the caller to decode once: appending scalar by scalar to
    /// a `String` was the largest cost of a search for a common word.
    static func tidy(_ bytes: ArraySlice<UInt8>, keepTrailingSpace: Bool) -> [UInt8] {
        // The output is never longer than the input plus one trailing space.
        [UInt8](unsafeUninitializedCapacity: bytes.count + 1) { out, written in
            var n = 0
            var pendingSpace = false
            var i = bytes.startIndex
            while i < bytes.endIndex {
                let byte = bytes[i]
                let blank = byte > 0x20 && byte < 0x7F ? 0 : blankLength(bytes, at: i)  // printable ASCII first
                if blank > 0 {
                    pendingSpace = true
                    i += blank
                    continue
                }
                if pendingSpace && n > 0 { out[n] = 0x20; n += 1 }
                pendingSpace = false
                out[n] = byte
                n += 1
                i += 1
            }
            if pendingSpace && keepTrailingSpace && n > 0 { out[n] = 0x20; n += 1 }
            written = n
        }
    }

    /// The length of the UTF-8 sequence at `i` when it is white space, a control, a line or
    /// paragraph separator, a bidi embedding or isolate, or a BOM; else 0.
    private static func blankLength(_ b: ArraySlice<UInt8>, at i: Int) -> Int {
        let first = b[i]
        if first <= 0x20 || first == 0x7F { return 1 }
        guard first >= 0xC2, i + 1 < b.endIndex else { return 0 }
        let second = b[i + 1]
        if first == 0xC2 { return second >= 0x80 && second < 0xA0 ? 2 : 0 }  // C1 controls
        guard i + 2 < b.endIndex else { return 0 }
        let third = b[i + 2]
        switch (first, second) {
        case (0xE2, 0x80): return third >= 0xA8 && third <= 0xAE ? 3 : 0  // U+2028-202E
        case (0xE2, 0x81): return third >= 0xA6 && third <= 0xA9 ? 3 : 0  // U+2066-2069
        case (0xEF, 0xBB): return third == 0xBF ? 3 : 0  // U+FEFF
        default: return 0
        }
    }
}
