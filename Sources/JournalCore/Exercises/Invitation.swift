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

/// Works out today's invitation, if any. At most one a day; a day missed ends the series
/// without a word; nothing here counts what was not done.
public enum Invitations {
    /// How far back the entries must reach for the writing series (the step of tomorrow may be
    /// named by an older reflection or application, so callers pass those whatever their age).
    public static let lookBackDays = 6
    /// Writing it out runs on the four days after a reflection (the reflection is day 1).
    public static let seriesDays = 5
    /// A strength at the end of a reflection from which a kinder letter is offered.
    public static let heavyStrength = 7
    /// After this many sessions whose strength has not come down, another exercise is offered.
    public static let sessionsBeforeChange = 3
    /// The exercises an invitation can open: one written today means no other offer today.
    static let offered: Set<String> = ["write-it-out", "kinder-letter", "what-matters"]

    /// Today's invitation from `entries`: finished ones of any kind, at least the last week's,
    /// plus every reflection and application (they may name tomorrow's follow-up).
    public static func today(_ today: LocalDay, entries: [Entry]) -> Invitation? {
        let finished = entries.filter { $0.status == nil && $0.day <= today }
        return writingSeries(today, finished) ?? beforeAStep(today, finished)
    }

    /// The write-it-out series after the latest reflection, or a kinder letter when it is heavy.
    static func writingSeries(_ today: LocalDay, _ finished: [Entry]) -> Invitation? {
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

    /// `what-matters` on the day before a follow-up (a reflection's `follow_up`, not yet done) or
    /// an open application's next action, unless an offered exercise was already written today.
    static func beforeAStep(_ today: LocalDay, _ finished: [Entry]) -> Invitation? {
        let tomorrow = today.adding(days: 1)
        if finished.contains(where: { $0.kind == .note && $0.day == today && offered.contains($0.exercise ?? "") }) { return nil }
        let steps = finished.filter { e in
            switch e.kind {
            case .reflection: return e.followUp == tomorrow && e.followUpDone != true
            case .application: return e.nextActionOn == tomorrow && (e.outcome ?? .open) == .open
            default: return false
            }
        }
        // Several steps tomorrow still make one line; it names the first written.
        guard let first = steps.min(by: { ($0.created, $0.id) < ($1.created, $1.id) }) else { return nil }
        // Short enough for one line at 80 columns (two at 60) with a step of usual length.
        let what = TextFit.truncate(SafeText.visible(stepWords(first), keepNewlines: false), toWidth: 40)
        return Invitation(exercise: "what-matters", text: "Tomorrow: \(what) · What matters to me, if you'd like")
    }

    /// "Globex: interview with Sam", "ask Acme for feedback": what the step is, in the entry's words.
    static func stepWords(_ e: Entry) -> String {
        let company = e.company.flatMap { $0.isEmpty ? nil : $0 }
        if e.kind == .application {
            let action = e.nextAction.flatMap { $0.isEmpty ? nil : $0 } ?? "the next step"
            return company.map { $0 + ": " + action } ?? action
        }
        if let note = e.followUpNote, !note.isEmpty { return note }
        return company.map { "the follow-up with " + $0 } ?? "a follow-up"
    }

    /// True when the strength at the end of the latest session is below the one at the start of the first.
    static func hasComeDown(_ writing: [Entry]) -> Bool {
        guard let first = writing.first?.intensityBefore, let last = writing.last?.intensityAfter ?? writing.last?.intensityBefore else {
            return true  // without numbers there is nothing to judge by, so nothing changes
        }
        return last < first
    }
}

extension Invitations {
    /// Today's invitation read through the index: every reflection, note and application
    /// (a follow-up may be named weeks ahead); check-ins are skipped without being decoded.
    public static func today(_ today: LocalDay, index: JournalIndex) -> Invitation? {
        guard let found = try? index.select(EntryFilter(kinds: [.reflection, .note, .application])) else { return nil }
        return Self.today(today, entries: found.entries.map(\.entry))
    }
}
