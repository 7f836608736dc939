/// One entry of a jrnl plain-text export: its date line, title and body as written.
public struct JrnlEntry: Equatable, Sendable {
    /// Local wall-clock time of the `[YYYY-MM-DD HH:MM]` line.
    public var day: LocalDay
    public var hour: Int
    public var minute: Int
    public var title: String
    public var body: String
    /// jrnl marks a favourite with ` *` after the title.
    public var starred: Bool
    /// The line the entry starts on, for messages.
    public var line: Int

    public init(day: LocalDay, hour: Int, minute: Int, title: String, body: String, starred: Bool, line: Int) {
        self.day = day
        self.hour = hour
        self.minute = minute
        self.title = title
        self.body = body
        self.starred = starred
        self.line = line
    }

    /// The `@tags` in the title and body, lowercased, without the `@`, in order of first use.
    public var tags: [String] {
        var seen: [String] = []
        for word in (title + "\n" + body).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) where word.hasPrefix("@") {
            let tag = word.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }.lowercased()
            if !tag.isEmpty && !seen.contains(tag) { seen.append(tag) }
        }
        return seen
    }

    /// A short, stable fingerprint of the entry's date, title and body: the key that makes a
    /// second import of the same file add nothing.
    public var fingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, 64 bits: stable across runs and platforms
        let text = "\(day) \(hour):\(minute)\n\(title)\n\(body)"
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
