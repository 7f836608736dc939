import JournalCore

/// The browse list without the drawing: every row, the kind filter, the search, and which
/// rows are shown in what order.
///
/// The per-kind index lists are built once, so switching the filter or scrolling never walks
/// all rows; only a search does, and a query that extends the previous one (typing on) only
/// looks again at the rows that matched before.
public struct BrowseList: Sendable {
    /// Every row, newest first.
    public private(set) var rows: [BrowseRow]
    /// The kind of entry shown.
    public private(set) var filter: KindFilter = .all
    /// The words being searched for (empty for none).
    public private(set) var query = ""
    /// Row indices, in order, that pass the filter and the search.
    public private(set) var shown: [Int]
    private var byKind: [KindFilter: [Int]] = [:]
    /// Rows containing every word of `query`, or nil when there is no query.
    private var matched: [Int]?
    private var corpus: SearchCorpus?

    /// A list of `rows`, all shown.
    public init(rows: [BrowseRow]) {
        self.rows = rows
        shown = Array(rows.indices)
        rebuildKinds()
    }

    /// Whether the file texts are loaded for searching.
    public var canSearch: Bool { corpus != nil }

    /// Hands over the texts of the rows' files (read once, by the app loop).
    public mutating func attach(_ corpus: SearchCorpus) {
        self.corpus = corpus
        let q = query
        query = ""
        matched = nil
        setQuery(q)
    }

    /// The row at position `i` of the shown list.
    public func row(at i: Int) -> BrowseRow? { shown.indices.contains(i) ? rows[shown[i]] : nil }

    /// Shows only rows of one kind.
    public mutating func setFilter(_ filter: KindFilter) {
        self.filter = filter
        recompute()
    }

    /// Searches for every word of `text`; typing on narrows what the last search found.
    public mutating func setQuery(_ text: String) {
        let search = Search(query: text)
        defer { query = text; recompute() }
        guard let corpus, !search.isEmpty else { matched = search.isEmpty ? nil : []; return }
        let previous = Search(query: query)
        // Every old word is inside a new word when the new text only adds to the old, so only
        // the rows that matched before can still match.
        let narrows = !previous.isEmpty && text.lowercased().hasPrefix(query.lowercased())
        matched = corpus.matches(search, among: narrows ? matched : nil)
    }

    /// The search snippet for the row shown at `i`, when searching.
    public func snippet(at i: Int) -> String? {
        guard let corpus, shown.indices.contains(i) else { return nil }
        let search = Search(query: query)
        return search.isEmpty ? nil : corpus.snippet(search, at: shown[i])
    }

    /// Replaces one row after an edit (its new text too, so the search sees the change).
    public mutating func replace(path: String, with row: BrowseRow, text: [UInt8]?) {
        guard let i = rows.firstIndex(where: { $0.relativePath == path }) else { return }
        rows[i] = row
        if let text { corpus?.replace(i, with: text) }
        rebuildKinds()
        recompute()
    }

    /// Takes away the row of a file that moved to the trash.
    public mutating func remove(path: String) {
        guard let i = rows.firstIndex(where: { $0.relativePath == path }) else { return }
        rows.remove(at: i)
        corpus?.remove(i)
        matched = matched.map { $0.compactMap { $0 == i ? nil : ($0 > i ? $0 - 1 : $0) } }
        rebuildKinds()
        recompute()
    }

    private mutating func rebuildKinds() {
        byKind = [:]
        for filter in KindFilter.allCases where filter != .all {
            byKind[filter] = rows.indices.filter { filter.admits(rows[$0]) }
        }
    }

    private mutating func recompute() {
        switch (filter, matched) {
        case (.all, nil): shown = Array(rows.indices)
        case (_, nil): shown = byKind[filter] ?? []
        case (.all, let m?): shown = m
        case (_, let m?): shown = m.filter { filter.admits(rows[$0]) }
        }
    }
}
