/// What `onward stats` prints, gathered in one pass over the index projection: the counts and
/// trends, the mood beside activities (only when asked, as the JSON leaves it out) and the
/// applications funnel. Each entry is looked at once, keeping only small facts.
public struct StatsSummary {
    public var stats: Stats
    /// Nil when not asked for.
    public var activity: ActivityMood?
    /// Nil when no application is tracked.
    public var funnel: ApplicationFunnel?

    /// `entries` newest first, as the index gives them (the latest reflection's weekly goal wins
    /// over `defaultGoal`).
    public init(entries: some Sequence<StoredEntry>, today: LocalDay, weekStart: Weekday = .monday,
                defaultGoal: Int? = nil, withActivity: Bool = true) {
        var tally = Stats.Tally()
        var activity = withActivity ? ActivityMood.Tally() : nil
        var records: [ApplicationRecord] = []
        var goal: Int?
        for stored in entries {
            let e = stored.entry
            tally.add(e)
            activity?.add(e)
            if e.kind == .application, !e.isDraft { records.append(ApplicationRecord(e, relativePath: stored.relativePath)) }
            if goal == nil, e.kind == .reflection, !e.isDraft, let set = e.goalApplications { goal = set }
        }
        stats = Stats(tally, today: today)
        self.activity = activity.map(ActivityMood.init)
        funnel = records.isEmpty ? nil
            : ApplicationFunnel(records: records, today: today, weekStart: weekStart, weeklyGoal: goal ?? defaultGoal)
    }
}
