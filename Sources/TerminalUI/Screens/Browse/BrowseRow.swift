import JournalCore

/// One line of the browse list: a readable entry, or a file that could not be read.
public enum BrowseRow: Equatable, Sendable {
    case entry(StoredEntry)
    case unreadable(FileProblem)

    /// The file, relative to the journal root.
    public var relativePath: String {
        switch self {
        case .entry(let s): return s.relativePath
        case .unreadable(let p): return p.relativePath
        }
    }

    /// The row as the derived index holds it: an entry's front matter, title, achievements
    /// and lessons only (see `Entry.indexProjection`).
    public var indexProjection: BrowseRow {
        guard case .entry(var stored) = self else { return self }
        stored.entry = stored.entry.indexProjection
        return .entry(stored)
    }

    /// The entries of a snapshot with its unreadable files placed among them by the
    /// date in their file name (`YYYY-MM-DD-HHMM-...`), newest first; undated ones go first.
    public static func rows(for snapshot: JournalSnapshot) -> [BrowseRow] {
        var rows = snapshot.entries.map { BrowseRow.entry($0) }
        guard !snapshot.problems.isEmpty else { return rows }
        // Entries are already newest first: insert each problem where its sort key fits.
        let keyed = snapshot.problems.map { (key: sortKey(fileName: $0.relativePath), problem: $0) }
            .sorted { $0.key > $1.key }
        var result: [BrowseRow] = []
        result.reserveCapacity(rows.count + keyed.count)
        var p = 0
        for row in rows {
            let key = row.sortKey
            while p < keyed.count, keyed[p].key >= key { result.append(.unreadable(keyed[p].problem)); p += 1 }
            result.append(row)
        }
        while p < keyed.count { result.append(.unreadable(keyed[p].problem)); p += 1 }
        rows = result
        return rows
    }

    /// "2026-11-27-1405" from the entry's creation time or the file name; "~" sorts undated files first.
    var sortKey: String {
        switch self {
        case .entry(let s):
            let c = s.entry.created
            return "\(c.day)-" + String(c.hour * 100 + c.minute + 10000).dropFirst()
        case .unreadable(let p): return Self.sortKey(fileName: p.relativePath)
        }
    }

    static func sortKey(fileName path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stamp = name.prefix(15)
        let shape = stamp.map { $0.isASCII && $0.isNumber ? "9" : String($0) }.joined()
        return shape == "9999-99-99-9999" ? String(stamp) : "~"
    }
}
