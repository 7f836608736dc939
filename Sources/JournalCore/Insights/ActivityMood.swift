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
        var byDay: [LocalDay: Entry] = [:]
        for e in entries where e.kind == .checkin && e.status == nil && e.mood != nil {
            if let known = byDay[e.day], known.created >= e.created { continue }
            byDay[e.day] = e
        }
        let days = Array(byDay.values)
        var activities = SelfCare.suggested
        for e in days { for item in e.selfCare where !activities.contains(item) { activities.append(item) } }
        var found: [Finding] = []
        for item in activities {
            if let f = Self.compare(days, activity: item, words: "with " + item, { $0.selfCare.contains(item) }) { found.append(f) }
        }
        let actions: [(String, String, (Entry) -> Bool)] = [
            ("applications", "you sent an application", { ($0.applications ?? 0) > 0 }),
            ("contacts", "you contacted someone", { ($0.contacts ?? 0) > 0 }),
            ("learning", "with some learning", { ($0.learning ?? 0) > 0 }),
        ]
        for (name, words, test) in actions {
            if let f = Self.compare(days, activity: name, words: words, test) { found.append(f) }
        }
        findings = found
    }

    static func compare(_ days: [Entry], activity: String, words: String, _ has: (Entry) -> Bool) -> Finding? {
        var with: [Int] = [], without: [Int] = []
        for e in days { guard let mood = e.mood else { continue }; if has(e) { with.append(mood) } else { without.append(mood) } }
        guard with.count >= minimumDays, without.count >= minimumDays else { return nil }
        func average(_ xs: [Int]) -> Double { Double(xs.reduce(0, +)) / Double(xs.count) }
        return Finding(activity: activity, withWords: words, withAverage: average(with), withDays: with.count,
                       withoutAverage: average(without), withoutDays: without.count)
    }
}
