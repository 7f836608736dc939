/// One achievement or lesson bullet and the entry it came from.
public struct Insight: Equatable, Sendable {
    /// Which list the bullet was in.
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case achievement, lesson
    }

    public var kind: Kind
    public var text: String
    public var entryID: EntryID
    public var day: LocalDay
    /// The source entry's display title, e.g. "Acme, Backend Engineer".
    public var title: String

    public init(kind: Kind, text: String, entryID: EntryID, day: LocalDay, title: String) {
        self.kind = kind
        self.text = text
        self.entryID = entryID
        self.day = day
        self.title = title
    }
}
