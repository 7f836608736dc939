/// Byte-level helpers for search: ASCII case folding and substring finding with `memchr`,
/// measured much faster on hot paths than `String` work (docs/DECISIONS.md, "Speed").
enum ByteScan {
    /// A copy with `A`-`Z` turned into `a`-`z`; every other byte (including UTF-8) is unchanged,
    /// so offsets in the copy are offsets in the original.
    static func asciiLowercased(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        out.withUnsafeMutableBufferPointer { buffer in
            // Branch-free, so the compiler can fold many bytes per instruction.
            for i in buffer.indices {
                let b = buffer[i]
                buffer[i] = b | (b &- 0x41 < 26 ? 0x20 : 0)
            }
        }
        return out
    }

    /// `asciiLowercased`, and whether any byte was outside ASCII (found in the same pass, so an
    /// all-ASCII file, the common case, costs nothing more).
    static func asciiLowercasedNotingNonASCII(_ bytes: [UInt8]) -> (bytes: [UInt8], nonASCII: Bool) {
        var out = bytes
        var high: UInt8 = 0
        out.withUnsafeMutableBufferPointer { buffer in
            for i in buffer.indices {
                let b = buffer[i]
                high |= b
                buffer[i] = b | (b &- 0x41 < 26 ? 0x20 : 0)
            }
        }
        return (out, high >= 0x80)
    }

    /// The bytes as search compares them: ASCII lowercased, Latin letters with accents turned
    /// into plain ones ("É" and "é" to "e", "ß" to "ss") and combining accents dropped.
    /// Other bytes are kept as they are, so the result is still UTF-8.
    static func searchFolded(_ bytes: [UInt8]) -> [UInt8] {
        var unused: [Int]? = nil
        return fold(bytes, offsets: &unused)
    }

    /// `searchFolded`, with the offset in `bytes` of the character each output byte came from
    /// (one more entry at the end for the length), to map a match back to the original.
    static func searchFolded(_ bytes: [UInt8], offsets: inout [Int]) -> [UInt8] {
        var map: [Int]? = []
        let out = fold(bytes, offsets: &map)
        offsets = map ?? []
        return out
    }

    private static func fold(_ bytes: [UInt8], offsets: inout [Int]?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        offsets?.reserveCapacity(bytes.count + 1)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                out.append(b | (b &- 0x41 < 26 ? 0x20 : 0))
                offsets?.append(i)
                i += 1
                continue
            }
            // Two-byte sequences: U+00C0-U+017F (lead bytes C3-C5) and combining marks U+0300-U+036F (CC, CD).
            if i + 1 < n, bytes[i + 1] & 0xC0 == 0x80, b >= 0xC3, b <= 0xCD {
                let scalar = (Int(b & 0x1F) << 6) | Int(bytes[i + 1] & 0x3F)
                if scalar >= 0x300, scalar <= 0x36F { i += 2; continue }  // an accent on its own
                if scalar >= 0xC0, scalar <= 0x17F, case let plain = latinFold[scalar - 0xC0], !plain.isEmpty {
                    for p in plain { out.append(p); offsets?.append(i) }
                    i += 2
                    continue
                }
            }
            out.append(b)
            offsets?.append(i)
            i += 1
        }
        offsets?.append(n)
        return out
    }

    /// Plain ASCII letters for U+00C0 ... U+017F (Latin-1 letters and Latin Extended-A); empty
    /// where a character has no plain form (× and ÷).
    private static let latinFold: [[UInt8]] = {
        let latin1 = ["a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
                      "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss"]
        var table = latin1 + latin1.map { $0 == "ss" ? "y" : $0 }  // lower case; U+00FF is ÿ
        let extendedA: [(String, Int)] = [
            ("a", 6), ("c", 8), ("d", 4), ("e", 10), ("g", 8), ("h", 4), ("i", 10), ("ij", 2), ("j", 2), ("k", 3),
            ("l", 10), ("n", 9), ("o", 6), ("oe", 2), ("r", 6), ("s", 8), ("t", 6), ("u", 12), ("w", 2), ("y", 3),
            ("z", 6), ("s", 1),
        ]
        for (plain, count) in extendedA { table += Array(repeating: plain, count: count) }
        return table.map { Array($0.utf8) }
    }()

    /// Offset of the first occurrence of `needle` in `haystack` at or after `start`.
    ///
    /// glibc hides `memmem` behind `_GNU_SOURCE`, so this does the same with `memchr` for the
    /// first byte and `memcmp` for the rest, both vectorised by the C library.
    static func firstOffset(of needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        guard !needle.isEmpty, start >= 0, start <= haystack.count, needle.count <= haystack.count - start else { return nil }
        return haystack.withUnsafeBytes { hay -> Int? in
            needle.withUnsafeBytes { pin -> Int? in
                guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return nil }
                let first = Int32(needle[0])
                let lastStart = hay.count - pin.count
                var i = start
                while i <= lastStart {
                    guard let hit = memchr(base + i, first, lastStart - i + 1) else { return nil }
                    let at = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + at, pinBase, pin.count) == 0 { return at }
                    i = at + 1
                }
                return nil
            }
        }
    }

    /// True when `text` has a `\n`; memchr, as stepping a `UTF8View` costs far more.
    static func containsNewline(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.count > 0 && memchr($0.baseAddress!, 0x0A, $0.count) != nil }
    }

    /// True when `bytes` hold a NUL byte.
    static func containsNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil }
    }

    /// Offset where the body starts: just after the line that closes the front matter, or 0
    /// when the bytes do not start with front matter.
    static func bodyOffset(_ bytes: [UInt8]) -> Int {
        var i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        guard isFence(bytes, from: i, allowDots: false) else { return 0 }
        // Skip the opening line, then look for the closing one.
        guard var lineStart = nextLine(bytes, after: i) else { return 0 }
        while lineStart < bytes.count {
            let next = nextLine(bytes, after: lineStart) ?? bytes.count
            if isFence(bytes, from: lineStart, allowDots: true) { return next }
            lineStart = next
        }
        return 0
    }

    private static func nextLine(_ bytes: [UInt8], after start: Int) -> Int? {
        var i = start
        while i < bytes.count, bytes[i] != 0x0A { i += 1 }
        return i < bytes.count ? i + 1 : nil
    }

    /// True when the line at `start` is `---` (or `...`), allowing trailing spaces and a CR.
    private static func isFence(_ bytes: [UInt8], from start: Int, allowDots: Bool) -> Bool {
        guard start + 3 <= bytes.count else { return false }
        let mark = bytes[start]
        guard mark == 0x2D || (allowDots && mark == 0x2E), bytes[start + 1] == mark, bytes[start + 2] == mark else { return false }
        var i = start + 3
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 }
        return i == bytes.count || bytes[i] == 0x0A
    }
}
