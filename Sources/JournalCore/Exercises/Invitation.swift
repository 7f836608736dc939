/// One quiet line offering an exercise that fits today, and the exercise it opens.
public struct Invitation: Equatable, Sendable {
    /// The guide's name (`write-it-out`, `kinder-letter`).
    public var exercise: String
    /// The line to show, worded as an offer, never as a duty.
    public var text: String

    public init(exercise: String, text: String) {
        self.exercise = exercise
        self.text = text
    }
}

/// Works out today's invitation, if any, from the entries of the last week. At most one a day;
/// a day missed ends the series without a word; nothing here counts what was not done.
public enum Invitations {
    /// How far back the entries must reach for `today(_:entries:)`.
    public static let lookBackDays = 6
    /// Writing it out runs on the four days after a reflection (the reflection is day 1).
    public static let seriesDays = 5
    /// A strength at the end of a reflection from which a kinder letter is offered.
    public static let heavyStrength = 7
    /// After this many sessions whose strength has not come down, another exercise is offered.
    public static let sessionsBeforeChange = 3

    /// Today's invitation from `entries` (finished ones, any kind, of at least the last week).
    public static func today(_ today: LocalDay, entries: [Entry]) -> Invitation? {
        let finished = entries.filter { $0.status == nil && $0.day <= today }
        guard let reflection = finished.filter({ $0.kind == .reflection }).max(by: { $0.created < $1.created }) else { return nil }
        let since = reflection.day
        let gap = today.ordinal - since.ordinal
        func sessions(_ name: String) -> [Entry] {
            finished.filter { $0.kind == .note && $0.exercise == name && $0.created > reflection.created }
                .sorted { $0.created < $1.created }
        }
        let letters = sessions("kinder-letter")
        if gap == 0 {
            guard let after = reflection.intensityAfter, after >= heavyStrength, letters.isEmpty else { return nil }
            return Invitation(exercise: "kinder-letter", text: "When feelings run this strong, a short kinder letter to yourself can help; it is in Other exercises, if you'd like.")
        }
        guard (1..<seriesDays).contains(gap) else { return nil }
        let writing = sessions("write-it-out")
        let days = Set(writing.map(\.day))
        if days.contains(today) { return nil }  // done for today
        // Every day between the reflection and today needs its session, or the series has ended.
        for n in 1..<gap where !days.contains(since.adding(days: n)) { return nil }
        if writing.count >= sessionsBeforeChange, !hasComeDown(writing) {
            if letters.contains(where: { $0.day == today }) { return nil }
            return Invitation(exercise: "kinder-letter", text: "Writing it out is not for everyone every time; today a kinder letter to yourself might suit better, if you'd like.")
        }
        return Invitation(exercise: "write-it-out", text: "If you'd like: day \(gap + 1) of \(seriesDays) of writing it out, about 20 minutes, in Other exercises.")
    }

    /// True when the strength at the end of the latest session is below the one at the start of the first.
    static func hasComeDown(_ writing: [Entry]) -> Bool {
        guard let first = writing.first?.intensityBefore, let last = writing.last?.intensityAfter ?? writing.last?.intensityBefore else {
            return true  // without numbers there is nothing to judge by, so nothing changes
        }
        return last < first
    }
}
