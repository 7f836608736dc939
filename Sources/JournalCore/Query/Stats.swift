import Foundation

/// The numbers behind `onward stats` and the insights screen, computed for a given `today`
/// (passed in, never read from the clock, so the result is reproducible).
///
/// Drafts (`status: draft`) are left out. Days are the days as written in the entries, so a
/// check-in made while travelling counts on the day the person lived.
public struct Stats: Equatable, Sendable {
    public var today: LocalDay
    public var totalEntries: Int
    public var entriesByKind: [EntryKind: Int]
    public var streak: Streak
    /// One point per day with a check-in, oldest first.
    public var checkins: [CheckinPoint]
    /// Reflections that rated their feelings, oldest first.
    public var intensity: [IntensityPoint]
    /// Every stage in process order, with zero for stages never reached.
    public var rejectionsByStage: [StageCount]
    /// Reflections that did not say which stage.
    public var rejectionsWithoutStage: Int
    /// Self-care activities, most frequent first (ties alphabetical).
    public var selfCare: [ActivityCount]

    /// One pass over `entries` keeping only small facts, so a caller can hand in a lazy view of
    /// a large snapshot without a copy of every entry (50,000 entries stay under 150 MiB).
    public init(entries: some Sequence<Entry>, today: LocalDay) {
        var tally = Tally()
        for entry in entries { tally.add(entry) }
        self.init(tally, today: today)
    }

    /// The numbers from a tally that a caller fed itself, in a pass it shares with other counts.
    public init(_ tally: Tally, today: LocalDay) {
        self.today = today
        totalEntries = tally.total
        entriesByKind = Dictionary(uniqueKeysWithValues: EntryKind.allCases.map { ($0, tally.byKind[$0] ?? 0) })
        streak = Streak(days: Set(tally.days.keys), today: today)
        checkins = tally.days.keys.sorted().map { tally.days[$0]!.point(on: $0) }

        let reflections = tally.reflections.sorted { $0.created < $1.created }
        intensity = reflections
            .filter { $0.before != nil || $0.after != nil }
            .map { IntensityPoint(id: $0.id, day: $0.day, title: $0.title, before: $0.before, after: $0.after) }
        rejectionsByStage = Stage.allCases.map { stage in StageCount(stage: stage, count: reflections.count { $0.stage == stage }) }
        rejectionsWithoutStage = reflections.count { $0.stage == nil }
        selfCare = tally.activities.map { ActivityCount(activity: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.activity < $1.activity }
    }

    /// The small facts `Stats` keeps of each entry, gathered one entry at a time.
    public struct Tally {
        var total = 0
        var byKind: [EntryKind: Int] = [:]
        var days: [LocalDay: DayTotals] = [:]
        var reflections: [ReflectionFacts] = []
        var activities: [String: Int] = [:]
        /// Self-care words as written -> as counted; a journal uses a handful of them thousands of times.
        var names: [String: String] = [:]

        public init() {}

        /// Counts one entry (drafts are left out).
        public mutating func add(_ entry: Entry) {
            guard !entry.isDraft else { return }
            total += 1
            byKind[entry.kind, default: 0] += 1
            switch entry.kind {
            case .checkin:
                days[entry.day, default: DayTotals()].add(entry)
                // An activity named twice in one check-in still counts once for that day.
                var seen: [String] = []
                for raw in entry.selfCare {
                    let name = normalised(raw)
                    if !name.isEmpty && !seen.contains(name) { seen.append(name) }
                }
                for name in seen { activities[name, default: 0] += 1 }
            case .reflection:
                reflections.append(ReflectionFacts(entry))
            case .note, .application:
                return
            }
        }

        private mutating func normalised(_ raw: String) -> String {
            if let known = names[raw] { return known }
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
            names[raw] = name
            return name
        }
    }

    /// What the series needs of one day's check-ins: sums and counts, in entry order.
    struct DayTotals {
        var mood = 0.0, moodCount = 0, energy = 0.0, energyCount = 0, sleep = 0.0, sleepCount = 0, count = 0

        mutating func add(_ e: Entry) {
            count += 1
            if let m = e.mood { mood += Double(m); moodCount += 1 }
            if let v = e.energy { energy += Double(v); energyCount += 1 }
            if let h = e.sleepHours { sleep += h; sleepCount += 1 }
        }

        func point(on day: LocalDay) -> CheckinPoint {
            CheckinPoint(day: day, mood: moodCount == 0 ? nil : mood / Double(moodCount),
                         energy: energyCount == 0 ? nil : energy / Double(energyCount),
                         sleepHours: sleepCount == 0 ? nil : sleep / Double(sleepCount), checkins: count)
        }
    }

    /// The few fields of a reflection the numbers use.
    struct ReflectionFacts {
        let id: EntryID, day: LocalDay, created: LocalTimestamp, title: String
        let before: Int?, after: Int?, stage: Stage?

        init(_ e: Entry) {
            id = e.id; day = e.day; created = e.created; title = e.displayTitle
            before = e.intensityBefore; after = e.intensityAfter; stage = e.stage
        }
    }

    /// The number of entries of one kind.
    public func count(of kind: EntryKind) -> Int { entriesByKind[kind] ?? 0 }

    /// The last `days` days of the check-in series (ending today).
    public func recentCheckins(days: Int) -> [CheckinPoint] {
        let first = today.adding(days: -(days - 1))
        return checkins.filter { $0.day >= first && $0.day <= today }
    }
}
