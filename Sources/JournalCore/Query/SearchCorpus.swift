/// The text of many entry files held in memory once, so an incremental search can run on
/// every keystroke without touching the disk.
///
/// Each document keeps a folded copy (case and accents, `ByteScan.searchFolded`) for matching
/// with the same byte scan as `Search`; a word that is not plain once folded falls back to
/// `Search` itself on the original.
public struct SearchCorpus: Sendable {
    private var original: [[UInt8]]
    private var folded: [[UInt8]]

    /// A corpus of the given documents, in the caller's order.
    public init(documents: [[UInt8]]) {
        original = documents
        folded = documents.map(SearchCorpus.fold)
    }

    /// The copy a document is matched in: lowercased in one pass when all ASCII, else folded.
    private static func fold(_ bytes: [UInt8]) -> [UInt8] {
        let (lowered, nonASCII) = ByteScan.asciiLowercasedNotingNonASCII(bytes)
        return nonASCII ? ByteScan.searchFolded(bytes) : lowered
    }

    /// How many documents it holds.
    public var count: Int { original.count }

    /// The indices (among `candidates`, or all documents) that contain every word of `search`.
    public func matches(_ search: Search, among candidates: [Int]? = nil) -> [Int] {
        let pool = candidates ?? Array(original.indices)
        guard !search.isEmpty else { return pool }
        let ascii = search.byteWords
        let needsUnicode = ascii.count < search.words.count
        return pool.filter { i in
            guard i >= 0, i < folded.count else { return false }
            for word in ascii where ByteScan.firstOffset(of: word, in: folded[i]) == nil { return false }
            return needsUnicode ? search.snippet(in: original[i]) != nil : true
        }
    }

    /// The snippet `Search` would show for document `index`, or nil when it does not match.
    public func snippet(_ search: Search, at index: Int) -> String? {
        guard index >= 0, index < original.count else { return nil }
        return search.snippet(in: original[index])
    }

    /// Replaces one document (after an edit).
    public mutating func replace(_ index: Int, with bytes: [UInt8]) {
        guard index >= 0, index < original.count else { return }
        original[index] = bytes
        folded[index] = Self.fold(bytes)
    }

    /// Drops one document (after a delete); later indices move down by one.
    public mutating func remove(_ index: Int) {
        guard index >= 0, index < original.count else { return }
        original.remove(at: index)
        folded.remove(at: index)
    }
}
