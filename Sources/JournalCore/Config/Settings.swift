/// Everything a person can configure, each value with where it came from.
public struct Settings: Equatable, Sendable {
    /// The journal folder, already made absolute.
    public var journal: Sourced<String>
    /// The command that edits an entry; its words are split on spaces.
    public var editor: Sourced<String>
    public var color: Sourced<ColorMode>
    /// Whether the check-in and home screens show the check-in streak.
    public var showStreak: Sourced<Bool>
    public var weekStart: Sourced<Weekday>
    /// Weekly goals used until a reflection sets its own; nil for no goal.
    public var goalApplications: Sourced<Int?>
    public var goalContacts: Sourced<Int?>
    /// Commit every saved entry when the journal is a git repository.
    public var gitAutocommit: Sourced<Bool>
    /// Shown once a session when feelings are rated 9-10 or the mood 1-2; nil for a plain sentence.
    public var supportLine: Sourced<String?> = Sourced(nil, .builtIn)
    /// Shown in the reflection's options step when set.
    public var careerResources: Sourced<String?> = Sourced(nil, .builtIn)
    /// One quiet line a day offering an exercise that fits (home and check-in); false turns it off.
    public var invitations: Sourced<Bool> = Sourced(true, .builtIn)
    /// Days without a timeline event after which an open application is shown as quiet.
    public var quietAfterDays: Sourced<Int> = Sourced(14, .builtIn)
    /// Where the config file is (or would be).
    public var configPath: String?
    /// Whether that file exists.
    public var configFound: Bool

    public init(journal: Sourced<String>, editor: Sourced<String>, color: Sourced<ColorMode>,
                showStreak: Sourced<Bool>, weekStart: Sourced<Weekday>, goalApplications: Sourced<Int?>,
                goalContacts: Sourced<Int?>, gitAutocommit: Sourced<Bool>, configPath: String?, configFound: Bool) {
        self.journal = journal
        self.editor = editor
        self.color = color
        self.showStreak = showStreak
        self.weekStart = weekStart
        self.goalApplications = goalApplications
        self.goalContacts = goalContacts
        self.gitAutocommit = gitAutocommit
        self.configPath = configPath
        self.configFound = configFound
    }

    /// One row per setting, as `onward config` prints them: name, value, source (with detail).
    public var rows: [(name: String, value: String, source: String)] {
        func row<T>(_ name: String, _ s: Sourced<T>, _ show: (T) -> String) -> (String, String, String) {
            (name, show(s.value), s.detail.map { "\(s.source.rawValue) (\($0))" } ?? s.source.rawValue)
        }
        let goal: (Int?) -> String = { $0.map(String.init) ?? "none" }
        return [
            row("journal", journal) { $0 },
            row("editor", editor) { $0 },
            row("color", color) { $0.rawValue },
            row("show_streak", showStreak) { String($0) },
            row("week_start", weekStart) { $0.rawValue },
            row("weekly_goals.applications", goalApplications, goal),
            row("weekly_goals.contacts", goalContacts, goal),
            row("git_autocommit", gitAutocommit) { String($0) },
            row("support_line", supportLine) { $0 ?? "none" },
            row("career_resources", careerResources) { $0 ?? "none" },
            row("invitations", invitations) { String($0) },
            row("quiet_after_days", quietAfterDays) { String($0) },
        ]
    }
}
