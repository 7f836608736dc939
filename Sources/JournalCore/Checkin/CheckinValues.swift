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
    /// More wins given at once (`checkin --win a --win b`), each added like `win`.
    public var moreWins: [String] = []
    /// Free text for the `## Note` section.
    public var note: String?
    /// When true `note` is the whole note (the screen shows the day's note to edit) and replaces
    /// it, a nil or blank one removing it; otherwise it is added, as `--note` does.
    public var replacesNote: Bool = false
    /// The note as the screen loaded it, when `replacesNote`: the base of a three-way merge with
    /// the day's note as it is at save time, so a paragraph another writer added meanwhile stays.
    /// Nil: `note` replaces the day's note outright.
    public var noteBase: String?
    /// Job-search actions today: applications sent, people contacted, learning sessions.
    public var applications: Int?
    public var contacts: Int?
    public var learning: Int?
    /// When true the numbers are the whole form the person saw (prefilled from the day's entry),
    /// so a nil number clears it; the check-in screen sets this, flags never do.
    public var clearsMissingNumbers: Bool = false
    /// The numbers the person emptied this time: cleared in the day's entry, and only these.
    public var cleared: Set<Number> = []
    /// Self-care items the person unticked this time: taken out of the day's list.
    public var selfCareRemoved: [String] = []

    /// The numbers of a check-in, by name.
    public enum Number: String, CaseIterable, Sendable { case mood, energy, sleep, applications, contacts, learning }

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
            && (win ?? "").isEmpty && moreWins.allSatisfy(\.isEmpty) && (note ?? "").isEmpty
            && applications == nil && contacts == nil && learning == nil && !clearsMissingNumbers
            && cleared.isEmpty && selfCareRemoved.isEmpty && !replacesNote && noteBase == nil
    }

    /// Only what differs from `baseline` (the day's entry as the form was filled from it), so a
    /// save changes just the fields the person set or cleared, and a value another writer saved
    /// meanwhile survives. `self` is the whole form; the win is always an addition, the note too
    /// unless `replacesNote`.
    ///
    /// `resumed`: the form was filled from a draft, so `baseline` is the day's entry as it is now,
    /// not as the session first saw it. The note's base is then only what the draft and the entry
    /// share, so a paragraph the entry has and the draft lacks (written after the draft, perhaps)
    /// is kept rather than taken for one the person deleted.
    public func changes(from baseline: Entry?, resumed: Bool = false) -> CheckinValues {
        var out = CheckinValues(win: win, note: note)
        if replacesNote {
            // The note as the form showed it: unchanged, it is left alone, so a note another writer
            // saved meanwhile survives; changed (or emptied), it is merged into the day's note as
            // the person's edit of what they were shown (`CheckinUpdate.apply`).
            let before = Entry.trimBlankLines(baseline?.section(CheckinUpdate.noteHeading)?.body ?? "")
            let now = Entry.trimBlankLines(note ?? "")
            out.note = now == before ? nil : now
            out.replacesNote = now != before
            out.noteBase = now == before ? nil : (resumed ? TextMerge.common(before, now) : before)
        }
        func number<T: Equatable>(_ now: T?, _ before: T?, _ name: Number) -> T? {
            if now == before { return nil }
            if now == nil { out.cleared.insert(name) }
            return now
        }
        out.mood = number(mood, baseline?.mood, .mood)
        out.energy = number(energy, baseline?.energy, .energy)
        out.sleepHours = number(sleepHours, baseline?.sleepHours, .sleep)
        out.applications = number(applications, baseline?.applications, .applications)
        out.contacts = number(contacts, baseline?.contacts, .contacts)
        out.learning = number(learning, baseline?.learning, .learning)
        let before = baseline?.selfCare ?? []
        func has(_ list: [String], _ item: String) -> Bool {
            list.contains { $0.compare(item, options: .caseInsensitive) == .orderedSame }
        }
        out.selfCare = selfCare.filter { !has(before, $0) }
        out.selfCareRemoved = replacesSelfCare ? before.filter { !has(selfCare, $0) } : []
        return out
    }
}
