/// The mood on days with an activity and on days without it, for each self-care item and
/// job-search action: an observation of what went together, never a cause or advice.
public struct ActivityMood: Equatable, Sendable {
    /// One activity's two averages.
    public struct Finding: Equatable, Sendable {
        /// The activity as the check-in names it ("time outside"), or a job-search action.
        public var activity: String
        /// The words after "on days" ("with time outside", "you sent an application").
        public var withWords: String
        public var withAverage: Double
        public var withDays: Int
        public var withoutAverage: Double
        public var withoutDays: Int

        /// "on days with time outside your mood averaged 6.4, on days without 4.9, over 40 days".
        public var sentence: String {
            "on days \(withWords) your mood averaged \(Self.one(withAverage)), on days without \(Self.one(withoutAverage)), over \(withDays + withoutDays) days"
        }

        static func one(_ x: Double) -> String {
            let tenths = Int((x * 10).rounded())
            return "\(tenths / 10).\(tenths % 10)"
        }
    }

    /// Fewer days than this on either side say nothing, so nothing is shown.
    public static let minimumDays = 3

    public var findings: [Finding]

    /// Reads the check-ins among `entries` (front matter only); one day counts once, with its latest check-in.
    public init(entries: some Sequence<Entry>) {
        var tally = Tally()
        for e in entries { tally.add(e) }
        self.init(tally)
    }

    /// The findings from a tally a caller fed in a pass it shares with other counts.
    public init(_ tally: Tally) {
        // Oldest day first, so activities beyond the suggested ones are listed in a stable order.
        let days = tally.byDay.sorted { $0.key < $1.key }.map(\.value)
        var activities = SelfCare.suggested
        for day in days { for item in day.selfCare where !activities.contains(item) { activities.append(item) } }
        var found: [Finding] = []
        for item in activities {
            if let f = Self.compare(days, activity: item, words: "with " + item, { $0.selfCare.contains(item) }) { found.append(f) }
        }
        let actions: [(String, String, (Day) -> Bool)] = [
            ("applications", "you sent an application", \.applications),
            ("contacts", "you contacted someone", \.contacts),
            ("learning", "with some learning", \.learning),
        ]
        for (name, words, test) in actions {
            if let f = Self.compare(days, activity: name, words: words, test) { found.append(f) }
        }
        findings = found
    }

    /// What one day's latest check-in says: its mood and what was done.
    public struct Day: Sendable {
        var created: LocalTimestamp
        var mood: Int
        var selfCare: [String]
        var applications: Bool, contacts: Bool, learning: Bool
    }

    /// The days with a finished check-in that rated the mood, gathered one entry at a time.
    public struct Tally {
        var byDay: [LocalDay: Day] = [:]

        public init() {}

        /// Takes a check-in into account; any other entry is passed over.
        public mutating func add(_ e: Entry) {
            guard e.kind == .checkin, e.status == nil, let mood = e.mood else { return }
            if let known = byDay[e.day], known.created >= e.created { return }
            byDay[e.day] = Day(created: e.created, mood: mood, selfCare: e.selfCare, applications: (e.applications ?? 0) > 0,
                               contacts: (e.contacts ?? 0) > 0, learning: (e.learning ?? 0) > 0)
        }
    }

    static func compare(_ days: [Day], activity: String, words: String, _ has: (Day) -> Bool) -> Finding? {
        var with = 0, withSum = 0, without = 0, withoutSum = 0
        for day in days {
            if has(day) { with += 1; withSum += day.mood } else { without += 1; withoutSum += day.mood }
        }
        guard with >= minimumDays, without >= minimumDays else { return nil }
        return Finding(activity: activity, withWords: words, withAverage: Double(withSum) / Double(with), withDays: with,
                       withoutAverage: Double(withoutSum) / Double(without), withoutDays: without)
    }
}
