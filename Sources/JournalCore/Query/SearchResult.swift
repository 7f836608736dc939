/// An entry that contains every searched word, with one line of text around the first match.
public struct SearchResult: Equatable, Sendable {
    public var stored: StoredEntry
    /// One line, control characters removed, about 80 columns.
    public var snippet: String

    public init(stored: StoredEntry, snippet: String) {
        self.stored = stored
        self.snippet = snippet
    }

    public var entry: Entry { stored.entry }
}
