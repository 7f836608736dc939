/// `onward stats --json`.
///
/// Keys: `format_version`, `today`, `total_entries`, `entries_by_kind` ({reflection, checkin,
/// note}: count), `streak` ({current, longest, checked_in_today, last_checkin?}), `checkins`
/// ([{day, checkins, mood?, energy?, sleep_hours?}], oldest first, means when a day has
/// several), `intensity` ([{id, day, title, before?, after?}], oldest first),
/// `rejections_by_stage` ([{stage, count}] in process order), `rejections_without_stage`,
/// `self_care` ([{activity, count}], most frequent first).
public struct StatsJSON: Codable, Equatable, Sendable {
    public struct StreakJSON: Codable, Equatable, Sendable {
        public var current: Int
        public var longest: Int
        public var checkedInToday: Bool
        public var lastCheckin: String?
        enum CodingKeys: String, CodingKey {
            case current, longest, checkedInToday = "checked_in_today", lastCheckin = "last_checkin"
        }
    }

    public struct DayJSON: Codable, Equatable, Sendable {
        public var day: String
        public var checkins: Int
        public var mood: Double?
        public var energy: Double?
        public var sleepHours: Double?
        enum CodingKeys: String, CodingKey {
            case day, checkins, mood, energy, sleepHours = "sleep_hours"
        }
    }

    public struct IntensityJSON: Codable, Equatable, Sendable {
        public var id: String
        public var day: String
        public var title: String
        public var before: Int?
        public var after: Int?
    }

    public struct StageJSON: Codable, Equatable, Sendable {
        public var stage: String
        public var count: Int
    }

    public struct ActivityJSON: Codable, Equatable, Sendable {
        public var activity: String
        public var count: Int
    }

    public var formatVersion: Int
    public var today: String
    public var totalEntries: Int
    public var entriesByKind: [String: Int]
    public var streak: StreakJSON
    public var checkins: [DayJSON]
    public var intensity: [IntensityJSON]
    public var rejectionsByStage: [StageJSON]
    public var rejectionsWithoutStage: Int
    public var selfCare: [ActivityJSON]
    /// The applications funnel, when any application is tracked.
    public var applications: ApplicationFunnelJSON?

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", today, totalEntries = "total_entries", entriesByKind = "entries_by_kind"
        case streak, checkins, intensity, rejectionsByStage = "rejections_by_stage"
        case rejectionsWithoutStage = "rejections_without_stage", selfCare = "self_care", applications
    }

    public init(_ stats: Stats) {
        formatVersion = JSONOutput.formatVersion
        today = stats.today.description
        totalEntries = stats.totalEntries
        entriesByKind = Dictionary(uniqueKeysWithValues: EntryKind.allCases.map { ($0.rawValue, stats.count(of: $0)) })
        streak = StreakJSON(current: stats.streak.current, longest: stats.streak.longest,
                            checkedInToday: stats.streak.checkedInToday, lastCheckin: stats.streak.lastCheckin?.description)
        checkins = stats.checkins.map {
            DayJSON(day: $0.day.description, checkins: $0.checkins, mood: $0.mood, energy: $0.energy, sleepHours: $0.sleepHours)
        }
        intensity = stats.intensity.map {
            IntensityJSON(id: $0.id.rawValue, day: $0.day.description, title: $0.title, before: $0.before, after: $0.after)
        }
        rejectionsByStage = stats.rejectionsByStage.map { StageJSON(stage: $0.stage.rawValue, count: $0.count) }
        rejectionsWithoutStage = stats.rejectionsWithoutStage
        selfCare = stats.selfCare.map { ActivityJSON(activity: $0.activity, count: $0.count) }
    }
}
