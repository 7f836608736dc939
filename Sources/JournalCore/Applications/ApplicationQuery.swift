/// The applications of a journal snapshot, filtered and in the order the lists show them.
public enum ApplicationQuery {
    /// Every finished application entry, as records.
    public static func all(in entries: some Sequence<StoredEntry>) -> [ApplicationRecord] {
        entries.lazy.filter { $0.entry.kind == .application && !$0.entry.isDraft }.map(ApplicationRecord.init)
    }

    /// Open ones first; among those, the soonest next action first, then those without one by
    /// the oldest last event; closed ones after, most recently changed first.
    public static func sorted(_ records: [ApplicationRecord]) -> [ApplicationRecord] {
        order(records).map { records[$0] }
    }

    /// The places in `records` in `sorted`'s order, for a caller that copies each record once.
    public static func order(_ records: [ApplicationRecord]) -> [Int] {
        // Sorts small keys, not records: a record is large, and copying 2,000 of them about in
        // a sort cost more than reading them.
        let keys = records.indices.map { SortKey(records[$0], at: $0) }
        return keys.sorted { $0.before($1, ids: records) }.map(\.index)
    }

    /// The records that pass `open` and `stage`, sorted.
    public static func select(_ records: [ApplicationRecord], openOnly: Bool = false, stage: Stage? = nil) -> [ApplicationRecord] {
        sorted(records.filter { (!openOnly || $0.isOpen) && (stage == nil || $0.stage == stage) })
    }

    /// Open applications whose next action is due on or before `today`, soonest first.
    public static func due(_ records: [ApplicationRecord], today: LocalDay) -> [ApplicationRecord] {
        records.filter { $0.nextActionIsDue(today: today) }.sorted { ($0.nextActionOn!, $0.id) < ($1.nextActionOn!, $1.id) }
    }
}

/// What `ApplicationQuery.sorted` orders by: open first; open ones by next action (none last),
/// then by the oldest last event; closed ones by the latest last event; then by id.
private struct SortKey {
    let index: Int
    let open: Bool
    let next: LocalDay?
    let last: LocalDay

    init(_ r: ApplicationRecord, at index: Int) {
        self.index = index
        open = r.isOpen
        next = r.nextActionOn
        last = r.lastEventDay
    }

    func before(_ b: SortKey, ids records: [ApplicationRecord]) -> Bool {
        if open != b.open { return open }
        if open {
            switch (next, b.next) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            if last != b.last { return last < b.last }
        } else if last != b.last {
            return last > b.last
        }
        return records[index].id < records[b.index].id
    }
}
