/// Splits text into lines on `\n` and `\r\n` (and on `\r\r\n`: a run of CRs before a LF is dropped).
///
/// Swift's `split(separator: "\n")` compares `Character`s, and `"\r\n"` is a single
/// `Character`, so it never splits a CRLF file: split on the bytes instead.
enum TextLines {
    static func split(_ text: Substring) -> [Substring] {
        let utf8 = text.utf8
        // Stepping `String.Index` byte by byte cost over a quarter of parsing an entry; scan the
        // contiguous bytes instead and turn offsets into indices (O(1) for native strings).
        let fast = utf8.withContiguousStorageIfAvailable { bytes -> [Substring] in
            var lines: [Substring] = []
            let first = utf8.startIndex
            func at(_ offset: Int) -> String.Index { utf8.index(first, offsetBy: offset) }
            guard let pointer = bytes.baseAddress else { return [text] }
            var start = 0
            // memchr finds each LF many bytes at a time.
            while start < bytes.count, let hit = memchr(pointer + start, 0x0A, bytes.count - start) {
                let i = pointer.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                var end = i
                // Every CR before the LF goes, not just one: "a\r\r\n" read as "a\r" would lose one CR
                // per rewrite, so a file would change each time it is saved (found by the fuzzer).
                while end > start, bytes[end - 1] == 0x0D { end -= 1 }
                lines.append(text[at(start)..<at(end)])
                start = i + 1
            }
            var end = bytes.count
            while end > start, bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(text[at(start)..<at(end)])
            return lines
        }
        return fast ?? splitByIndex(text)
    }

    /// The same, stepping indices: for the rare string that is not stored as contiguous UTF-8.
    static func splitByIndex(_ text: Substring) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x0A {
                var end = i
                while end != start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
                lines.append(text[start..<end])
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        var last = text[start...]
        while last.utf8.last == 0x0D { last = text[start..<utf8.index(before: last.endIndex)] }
        lines.append(last)
        return lines
    }

    static func split(_ text: String) -> [Substring] { split(text[...]) }

    /// True for a line of only spaces and tabs.
    static func isBlank(_ line: Substring) -> Bool {
        line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}

/// Follows Markdown fenced code blocks (```` ``` ```` or `~~~`) line by line, so headings
/// and bullets inside code are not read as structure.
struct FenceTracker {
    /// The fence character and length of the open block, if any.
    private var open: (marker: UInt8, count: Int)?

    /// Feeds one line; returns true when the line is part of a fenced block (including its fence lines).
    mutating func consume(_ line: Substring) -> Bool {
        let bytes = line.utf8.drop(while: { $0 == 0x20 || $0 == 0x09 })
        if let (marker, count) = open {
            if bytes.first == marker {
                let run = bytes.prefix(while: { $0 == marker }).count
                if run >= count, bytes.dropFirst(run).allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { open = nil }
            }
            return true
        }
        guard let first = bytes.first, first == 0x60 || first == 0x7E else { return false }
        let run = bytes.prefix(while: { $0 == first }).count
        guard run >= 3 else { return false }
        // A backtick fence's info string may not contain backticks.
        if first == 0x60, bytes.dropFirst(run).contains(0x60) { return false }
        open = (first, run)
        return true
    }
}
