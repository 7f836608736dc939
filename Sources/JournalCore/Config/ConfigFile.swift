/// The values a config file sets; nil where it says nothing (or said something unusable).
public struct ConfigFile: Equatable, Sendable {
    /// One value and the line it was written on.
    public struct Value<T: Equatable & Sendable>: Equatable, Sendable {
        public var value: T
        public var line: Int
    }

    public var journal: Value<String>?
    public var editor: Value<String>?
    public var color: Value<ColorMode>?
    public var showStreak: Value<Bool>?
    public var weekStart: Value<Weekday>?
    public var goalApplications: Value<Int>?
    public var goalContacts: Value<Int>?
    public var gitAutocommit: Value<Bool>?
    /// Who to reach when things feel very heavy (a helpline, a friend's number).
    public var supportLine: Value<String>?
    /// A careers service, coach or community, shown in the reflection's options step.
    public var careerResources: Value<String>?
    public var invitations: Value<Bool>?
    public var quietAfterDays: Value<Int>?

    public init() {}

    /// The keys a config file may use, as they are written.
    public static let keys = ["journal", "editor", "color", "show_streak", "week_start", "weekly_goals", "git_autocommit",
                              "support_line", "career_resources", "invitations", "quiet_after_days"]
}
