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
