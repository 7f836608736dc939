/// How this week's job-search actions compare with the weekly goals of the latest reflection
/// that set any. Weeks start on Monday; days are the days as written in the check-ins.
public struct WeeklyProgress: Equatable, Sendable {
    /// The Monday of the week that contains `today`.
    public var weekStart: LocalDay
    /// Applications sent this week, up to and including today.
    public var applications: Int
    /// People contacted this week, up to and including today.
    public var contacts: Int
    /// The goals, or nil when no reflection set one.
    public var goalApplications: Int?
    public var goalContacts: Int?
    /// The reflection the goals come from.
    public var goalSource: EntryID?

    public init(weekStart: LocalDay, applications: Int, contacts: Int,
                goalApplications: Int?, goalContacts: Int?, goalSource: EntryID?) {
        self.weekStart = weekStart
        self.applications = applications
        self.contacts = contacts
        self.goalApplications = goalApplications
        self.goalContacts = goalContacts
        self.goalSource = goalSource
    }

    /// The progress for the week of `today`; drafts and entries after `today` are left out.
    /// Goals come from the latest reflection that set any, else from the config's defaults.
    public init(entries: [Entry], today: LocalDay, weekStart: Weekday = .monday,
                defaultApplications: Int? = nil, defaultContacts: Int? = nil) {
        let start = weekStart.start(of: today)
        let finished = entries.filter { !$0.isDraft }
        let week = finished.filter { $0.kind == .checkin && $0.day >= start && $0.day <= today }
        let source = finished
            .filter { $0.kind == .reflection && $0.day <= today && ($0.goalApplications != nil || $0.goalContacts != nil) }
            .max { $0.created < $1.created }
        self.init(weekStart: start,
                  applications: week.reduce(0) { $0 + ($1.applications ?? 0) },
                  contacts: week.reduce(0) { $0 + ($1.contacts ?? 0) },
                  goalApplications: source == nil ? defaultApplications : source?.goalApplications,
                  goalContacts: source == nil ? defaultContacts : source?.goalContacts,
                  goalSource: source?.id)
    }

    /// True when a reflection set at least one weekly goal.
    public var hasGoals: Bool { goalApplications != nil || goalContacts != nil }

    /// This progress with some more actions counted (today's check-in still being filled in).
    public func adding(applications extraApplications: Int, contacts extraContacts: Int) -> WeeklyProgress {
        var copy = self
        copy.applications += max(0, extraApplications)
        copy.contacts += max(0, extraContacts)
        return copy
    }

    /// The Monday on or before `day`.
    public static func monday(of day: LocalDay) -> LocalDay {
        day.adding(days: -(day.isoWeekday - 1))
    }
}
