/// What a person said in a check-in, from flags or from the check-in screen; nil or empty
/// means "not given this time", which keeps what the day's entry already has.
public struct CheckinValues: Equatable, Sendable {
    /// Mood and energy are 1-10.
    public static let scale = 1...10
    /// Hours of sleep.
    public static let sleepRange = 0.0...24.0
    /// Counts of job-search actions (the range the file format accepts).
    public static let countRange = 0...1000

    public var mood: Int?
    public var energy: Int?
    public var sleepHours: Double?
    /// Self-care activities done today.
    public var selfCare: [String]
    /// When true `selfCare` replaces the day's list (the screen shows the whole list);
    /// otherwise it is added to it, so `--self-care rest` later in the day loses nothing.
    public var replacesSelfCare: Bool
    /// One small win, added to the day's `wins`.
    public var win: String?
    /// Free text for the `## Note` section.
    public var note: String?
    /// Job-search actions today: applications sent, people contacted, learning sessions.
    public var applications: Int?
    public var contacts: Int?
    public var learning: Int?
    /// When true the numbers are the whole form the person saw (prefilled from the day's entry),
    /// so a nil number clears it; the check-in screen sets this, flags never do.
    public var clearsMissingNumbers: Bool = false

    public init(mood: Int? = nil, energy: Int? = nil, sleepHours: Double? = nil, selfCare: [String] = [],
                replacesSelfCare: Bool = false, win: String? = nil, note: String? = nil,
                applications: Int? = nil, contacts: Int? = nil, learning: Int? = nil) {
        self.mood = mood
        self.energy = energy
        self.sleepHours = sleepHours
        self.selfCare = selfCare
        self.replacesSelfCare = replacesSelfCare
        self.win = win
        self.note = note
        self.applications = applications
        self.contacts = contacts
        self.learning = learning
    }

    /// True when nothing was given.
    public var isEmpty: Bool {
        mood == nil && energy == nil && sleepHours == nil && selfCare.isEmpty && !replacesSelfCare
            && (win ?? "").isEmpty && (note ?? "").isEmpty
            && applications == nil && contacts == nil && learning == nil && !clearsMissingNumbers
    }

    /// The first value out of range, as a sentence naming the flag, or nil when all are fine.
    public var problem: String? {
        if let mood, !Self.scale.contains(mood) { return "--mood must be a whole number from 1 to 10." }
        if let energy, !Self.scale.contains(energy) { return "--energy must be a whole number from 1 to 10." }
        if let sleepHours, !Self.sleepRange.contains(sleepHours) { return "--sleep must be a number of hours from 0 to 24." }
        for (flag, count) in [("--applications", applications), ("--contacts", contacts), ("--learning", learning)] {
            if let count, !Self.countRange.contains(count) { return "\(flag) must be a whole number from 0 to 1000." }
        }
        return nil
    }
}
