import JournalCore

/// What the check-in starts from, read from the journal by the app loop.
public struct CheckinSetup: Sendable {
    /// The day the check-in is for (today, or the day an unfinished draft was started).
    public var day: LocalDay
    /// When this check-in was started (the draft's time when resuming).
    public var started: LocalTimestamp
    /// The day's saved check-in, when there is one.
    public var existing: StoredEntry?
    /// The unfinished check-in being picked up again.
    public var draft: Entry?
    /// Days of every other finished check-in, for the streak.
    public var otherDays: Set<LocalDay>
    /// This week's actions and goals, without the day's own check-in (the form adds it live).
    public var weekly: WeeklyProgress
    /// Follow-ups due on or before the day, then the if-then plans that fall on it.
    public var followUps: [FollowUp]
    /// Today's quiet offer of an exercise (shown once the check-in is saved), if any.
    public var invitation: Invitation?
    /// Open applications whose next action is due on or before the day.
    public var dueActions: [ApplicationRecord] = []
    /// The day the screen is opened on (a resumed draft may be for an earlier one).
    public var today: LocalDay?

    /// The line saying an unfinished check-in is being picked up, and when it was begun; nil
    /// for a fresh one.
    public var pickedUpText: String? {
        guard draft != nil else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let time = two(started.hour) + ":" + two(started.minute)
        if started.day == (today ?? day) { return "Picking up the check-in you started at \(time)." }
        let forDay = started.day == day ? "it stays that day's check-in" : "it is for \(DayFormat.short(day))"
        return "Picking up the check-in you started on \(DayFormat.short(started.day)) at \(time); \(forDay)."
    }

    public init(day: LocalDay, started: LocalTimestamp, existing: StoredEntry? = nil, draft: Entry? = nil,
                otherDays: Set<LocalDay> = [], weekly: WeeklyProgress? = nil, followUps: [FollowUp] = []) {
        self.day = day
        self.started = started
        self.existing = existing
        self.draft = draft
        self.otherDays = otherDays
        self.weekly = weekly ?? WeeklyProgress(entries: [], today: day)
        self.followUps = followUps
    }

    /// Reads the journal: the newest check-in draft is resumed; otherwise today's entry is edited.
    ///
    /// The streak, goals and follow-ups are front matter, so the derived index is enough for them;
    /// only the day's own check-in is read whole, for its note. `CheckinSaver` reads it again
    /// under the write lock before writing it.
    public static func load(store: JournalStore, now: LocalTimestamp, settings: Settings = .defaults) -> CheckinSetup {
        let entries = (try? store.loadIndexed().entries) ?? []
        let draft = store.drafts().first { $0.kind == .checkin }
        let day = draft?.day ?? now.day
        var existing = CheckinUpdate.todays(in: entries, today: day)
        // The note is shown to edit, and the index keeps only part of a body: read that one file whole.
        if let found = existing, case .success(let whole) = store.readEntry(found.relativePath) { existing = whole }
        let others = entries.filter { $0.relativePath != existing?.relativePath }
        let otherDays = Set(others.filter { $0.entry.kind == .checkin && !$0.entry.isDraft }.map(\.entry.day))
        var setup = CheckinSetup(day: day, started: draft?.created ?? now, existing: existing, draft: draft, otherDays: otherDays,
                            weekly: WeeklyProgress(entries: others.map(\.entry), today: day,
                                                   weekStart: settings.weekStart.value,
                                                   defaultApplications: settings.goalApplications.value,
                                                   defaultContacts: settings.goalContacts.value),
                            followUps: FollowUps.due(in: entries, today: max(day, now.day))
                                + Plans.load(store: store, indexed: entries, today: max(day, now.day)))
        if settings.invitations.value {
            // All of them: a follow-up tomorrow may be named by an older reflection or application.
            setup.invitation = Invitations.today(now.day, entries: entries.map(\.entry))
        }
        setup.today = now.day
        setup.dueActions = ApplicationQuery.due(ApplicationQuery.all(in: entries), today: max(day, now.day))
        return setup
    }
}
