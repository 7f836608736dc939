/// The applications as the reflection and the check-in mention them: how many there are, the
/// open ones, how many were added this week, and the next actions that are due.
public struct ApplicationGlance: Equatable, Sendable {
    public var total: Int
    /// Open applications, soonest next action first.
    public var open: [ApplicationRecord]
    /// Applications sent (by `applied_on`, else the day added) in the week of `today`.
    public var addedThisWeek: Int
    /// Open applications whose next action falls on or before today.
    public var due: [ApplicationRecord]

    public init(records: [ApplicationRecord], today: LocalDay, weekStart: Weekday = .monday, excluding: EntryID? = nil) {
        let others = records.filter { $0.id != excluding }
        total = records.count
        open = ApplicationQuery.sorted(others.filter(\.isOpen))
        let start = weekStart.start(of: today)
        addedThisWeek = records.count { $0.startDay >= start && $0.startDay <= today }
        due = ApplicationQuery.due(records, today: today)
    }

    /// Reads the applications through the derived index; nil when none are tracked.
    public static func load(_ store: JournalStore, today: LocalDay, weekStart: Weekday = .monday, excluding: EntryID? = nil) -> ApplicationGlance? {
        guard let records = (try? JournalIndex(store: store).applications())?.records else { return nil }
        return records.isEmpty ? nil : ApplicationGlance(records: records, today: today, weekStart: weekStart, excluding: excluding)
    }

    /// Step 3's words: "This was one of 7 applications; 4 are still open."
    public var oneOfSentence: String {
        let n = open.count
        return "This was one of \(total) application\(total == 1 ? "" : "s"); \(n) \(n == 1 ? "is" : "are") still open."
    }
}
