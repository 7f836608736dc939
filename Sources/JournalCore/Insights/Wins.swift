/// Every small win, from the check-ins' `wins` and the reflections' "A small win", newest first.
public struct Wins: Equatable, Sendable {
    /// One win and the entry it came from.
    public struct Item: Equatable, Sendable {
        public var text: String
        public var day: LocalDay
        public var entryID: EntryID
        public var entryTitle: String
    }

    public var items: [Item]

    /// The heading, inside a reflection's closing section, that holds its small win.
    static let reflectionLabel = "### A small win"

    public init(entries: some Sequence<Entry>) {
        var out: [(LocalTimestamp, Item)] = []
        for e in entries where e.status == nil {
            for win in e.wins where !win[...].trimmedOfSpaces().isEmpty {
                out.append((e.created, Item(text: win, day: e.day, entryID: e.id, entryTitle: e.displayTitle)))
            }
            if e.kind == .reflection, let text = Self.reflectionWin(e) {
                out.append((e.created, Item(text: text, day: e.day, entryID: e.id, entryTitle: e.displayTitle)))
            }
        }
        items = out.sorted { $0.0 > $1.0 }.map(\.1)
    }

    /// The text under "### A small win" in the reflection's "A kind word" section, joined into one line.
    static func reflectionWin(_ e: Entry) -> String? {
        guard let body = e.section("A kind word")?.body else { return nil }
        var inside = false
        var lines: [String] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("### ") { inside = line.trimmingCharacters(in: .whitespaces).lowercased() == reflectionLabel.lowercased(); continue }
            let t = line.trimmingCharacters(in: .whitespaces)
            if inside, !t.isEmpty { lines.append(t) }
        }
        return lines.isEmpty ? nil : lines.joined(separator: " ")
    }
}
