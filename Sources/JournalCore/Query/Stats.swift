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

    public init(entries: [Entry], today: LocalDay) {
        let finished = entries.filter { $0.status != "draft" }
        self.today = today
        totalEntries = finished.count
        entriesByKind = Dictionary(uniqueKeysWithValues: EntryKind.allCases.map { kind in
            (kind, finished.count { $0.kind == kind })
        })

        let checkins = finished.filter { $0.kind == .checkin }
        streak = Streak(days: Set(checkins.map(\.day)), today: today)
        self.checkins = Self.series(checkins)

        let reflections = finished.filter { $0.kind == .reflection }.sorted { $0.created < $1.created }
        intensity = reflections
            .filter { $0.intensityBefore != nil || $0.intensityAfter != nil }
            .map { IntensityPoint(id: $0.id, day: $0.day, title: $0.displayTitle, before: $0.intensityBefore, after: $0.intensityAfter) }
        rejectionsByStage = Stage.allCases.map { stage in StageCount(stage: stage, count: reflections.count { $0.stage == stage }) }
        rejectionsWithoutStage = reflections.count { $0.stage == nil }

        var tally: [String: Int] = [:]
        for entry in checkins {
            // An activity named twice in one check-in still counts once for that day.
            let names = Set(entry.selfCare.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty })
            for name in names { tally[name, default: 0] += 1 }
        }
        selfCare = tally.map { ActivityCount(activity: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.activity < $1.activity }
    }

    /// The number of entries of one kind.
    public func count(of kind: EntryKind) -> Int { entriesByKind[kind] ?? 0 }

    /// The last `days` days of the check-in series (ending today).
    public func recentCheckins(days: Int) -> [CheckinPoint] {
        let first = today.adding(days: -(days - 1))
        return checkins.filter { $0.day >= first && $0.day <= today }
    }

    private static func series(_ checkins: [Entry]) -> [CheckinPoint] {
        let byDay = Dictionary(grouping: checkins, by: \.day)
        return byDay.keys.sorted().map { day in
            let group = byDay[day]!
            return CheckinPoint(
                day: day,
                mood: mean(group.compactMap { $0.mood.map(Double.init) }),
                energy: mean(group.compactMap { $0.energy.map(Double.init) }),
                sleepHours: mean(group.compactMap(\.sleepHours)),
                checkins: group.count
            )
        }
    }

    private static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
