/// The snapshot order of `JournalStore.load()` (newest `created` first, then id descending),
/// applied without moving the large `StoredEntry` values more than once.
///
/// `load()` leaves the same instant written with two offsets in walk order; here that rare tie
/// goes to the path, which is the walk order, so the order is total and the same both ways.
enum NewestFirst {
    static func before(_ a: StoredEntry, _ b: StoredEntry) -> Bool {
        before(a, a.entry.created.date.timeIntervalSince1970, b, b.entry.created.date.timeIntervalSince1970)
    }

    private static func before(_ a: StoredEntry, _ ia: Double, _ b: StoredEntry, _ ib: Double) -> Bool {
        if a.entry.created == b.entry.created {
            return a.entry.id != b.entry.id ? a.entry.id > b.entry.id : a.relativePath < b.relativePath
        }
        return ia != ib ? ia > ib : a.relativePath < b.relativePath
    }

    /// Sorts a permutation on precomputed instants, then gathers the entries once.
    static func sorted(_ entries: [StoredEntry]) -> [StoredEntry] {
        guard entries.count > 1 else { return entries }
        return order(entries).map { entries[$0] }
    }

    /// The indices of `items` in snapshot order of the entry each holds; instants are worked
    /// out once each, since a `Date` per comparison was most of sorting thousands of results.
    static func order<T>(_ items: [T], by entry: (T) -> StoredEntry) -> [Int] {
        let entries = items.map(entry)
        return order(entries)
    }

    private static func order(_ entries: [StoredEntry]) -> [Int] {
        let instants = entries.map { $0.entry.created.date.timeIntervalSince1970 }
        return entries.indices.sorted { i, j in before(entries[i], instants[i], entries[j], instants[j]) }
    }

    /// True when the list is already in snapshot order.
    static func isOrdered(_ entries: [StoredEntry]) -> Bool {
        guard entries.count > 1 else { return true }
        for i in 1..<entries.count where before(entries[i], entries[i - 1]) { return false }
        return true
    }

    /// Merges two lists that are each already newest first.
    static func merge(_ a: [StoredEntry], _ b: [StoredEntry]) -> [StoredEntry] {
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        var out: [StoredEntry] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if before(b[j], a[i]) { out.append(b[j]); j += 1 } else { out.append(a[i]); i += 1 }
        }
        out.append(contentsOf: a[i...])
        out.append(contentsOf: b[j...])
        return out
    }
}
