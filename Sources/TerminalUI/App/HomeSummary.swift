import JournalCore

/// What the home screen shows, read from the journal by the app loop.
public struct HomeSummary: Sendable {
    public var today: LocalDay
    /// Today's check-in, if done.
    public var todaysCheckin: Entry?
    /// The newest unfinished reflection, if any.
    public var draft: Entry?
    public var entryCount: Int
    /// Files that could not be read, for a gentle notice.
    public var problemCount: Int
    /// A message from the last action, e.g. where an entry was saved.
    public var message: String?
    /// Today's quiet offer of an exercise, if one fits and invitations are on.
    public var invitation: Invitation?
    /// One line from the same day of an earlier month or year, if the journal has one.
    public var onThisDay: String?
    /// Every unfinished session waiting, named for the person (a reflection on Acme, a check-in,
    /// an exercise by its title), newest first, so home can mention them all in one line.
    public var waiting: [WaitingDraft] = []

    public init(today: LocalDay, todaysCheckin: Entry? = nil, draft: Entry? = nil, entryCount: Int = 0,
                problemCount: Int = 0, message: String? = nil) {
        self.today = today
        self.todaysCheckin = todaysCheckin
        self.draft = draft
        self.entryCount = entryCount
        self.problemCount = problemCount
        self.message = message
    }
}
