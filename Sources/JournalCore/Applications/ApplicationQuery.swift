/// The applications of a journal snapshot, filtered and in the order the lists show them.
public enum ApplicationQuery {
    /// Every finished application entry, as records.
    public static func all(in entries: some Sequence<StoredEntry>) -> [ApplicationRecord] {
        entries.lazy.filter { $0.entry.kind == .application && !$0.entry.isDraft }.map(ApplicationRecord.init)
    }

    /// Open ones first; among those, the soonest next action first, then those without one by
    /// the oldest last event; closed ones after, most recently changed first.
    public static func sorted(_ records: [ApplicationRecord]) -> [ApplicationRecord] {
        // Sorts positions, not records: a record is large, and moving 2,000 of them about in a
        // sort cost more than reading them.
        let order = records.indices.sorted { records[$0].listsBefore(records[$1]) }
        return order.map { records[$0] }
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

extension ApplicationRecord {
    /// The order of `ApplicationQuery.sorted`: open first, by next action, then by last event.
    func listsBefore(_ b: ApplicationRecord) -> Bool {
        let a = self
        if a.isOpen != b.isOpen { return a.isOpen }
        if a.isOpen {
            switch (a.nextActionOn, b.nextActionOn) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            if a.lastEventDay != b.lastEventDay { return a.lastEventDay < b.lastEventDay }
        } else if a.lastEventDay != b.lastEventDay {
            return a.lastEventDay > b.lastEventDay
        }
        return a.id < b.id
    }
}
