import JournalCore

/// Builds the check-in fields from an entry and reads the values back out of them.
public enum CheckinForm {
    /// Counts are usually small (and 0...15 keeps the track the same width answered or not at 80
    /// columns); a bigger number already in the file widens the scale.
    static let countRange = 0...15

    /// Labels sit in a column this wide, with one-row widgets beside them.
    static let labelWidth = 24

    /// The whole form: the fields prefilled from `source` (today's entry read whole, or a resumed
    /// draft), the due follow-ups before the win, the due next actions of applications, and the save
    /// button. The win starts empty unless `source` is a draft: the day's wins are a list it is added to.
    public static func form(from source: Entry?, isDraft: Bool, followUps: FollowUpList? = nil,
                            earlierWins: String? = nil, dueActions: [String] = [], saveTitle: String = "Save check-in") -> Form<CheckinFieldID, CheckinValues> {
        var all = fields(from: source, isDraft: isDraft, earlierWins: earlierWins)
        if let followUps, !followUps.isEmpty, let win = all.firstIndex(where: { $0.id == .win }) {
            all.insert(CheckinField(id: .followUps, label: followUps.title, widget: followUps), at: win)
        }
        if !dueActions.isEmpty {
            all.append(CheckinField(id: .dueActions, label: "Next for your applications", widget: TextBlock(lines: dueActions, style: .dim)))
        }
        all.append(CheckinField(id: .save, label: "", widget: FormButton(saveTitle, verb: "save"), placement: .bare, gapAfter: 0))
        return Form(all)
    }

    /// The value fields, prefilled from `source`.
    public static func fields(from source: Entry?, isDraft: Bool, earlierWins: String? = nil) -> [CheckinField] {
        let e = source
        var fields = [
            beside(.mood, "Mood", Scale(range: CheckinValues.scale, value: e?.mood, labels: CheckinWords.mood)) { $1.mood = $0 },
            beside(.energy, "Energy", Scale(range: CheckinValues.scale, value: e?.energy, labels: CheckinWords.energy)) { $1.energy = $0 },
            beside(.sleep, "Hours of sleep", TextField(text: e?.sleepHours.map(hoursText) ?? "", placeholder: "e.g. 7.5", maxLength: 5), gap: 1) {
                $1.sleepHours = sleepHours($0) ?? nil
            },
            beside(.selfCare, "Looked after yourself", Checklist(items: SelfCare.suggested, checked: e?.selfCare ?? [],
                                                                 otherPlaceholder: "something else, separated by commas"), gap: 1) {
                $1.selfCare = $0
            },
            count(.applications, "Applications sent", e?.applications, gap: 0) { $1.applications = $0 },
            count(.contacts, "People contacted", e?.contacts, gap: 0) { $1.contacts = $0 },
            count(.learning, "Learning (sessions)", e?.learning, gap: 1) { $1.learning = $0 },
        ]
        let win = isDraft ? e?.wins.last ?? "" : ""
        fields.append(beside(.win, "One small win", TextField(text: win, placeholder: "e.g. a walk, a hard email sent"), gap: 1, note: earlierWins) {
            $1.win = $0.trimmingSpaces.isEmpty ? nil : $0
        })
        // The day's note is shown whole to edit; saving replaces it (the win is added to a list).
        let note = e?.section(CheckinUpdate.noteHeading)?.body ?? ""
        fields.append(beside(.note, "Anything else on your mind? (optional)", TextArea(text: note, placeholder: "a few words, or nothing at all")) {
            $1.note = $0.trimmingSpaces.isEmpty ? nil : $0
        })
        return fields
    }

    private static func beside<W: FormWidget>(_ id: CheckinFieldID, _ label: String, _ widget: W, gap: Int = 0, note: String? = nil,
                                              write: @escaping @Sendable (W.Value, inout CheckinValues) -> Void) -> CheckinField {
        CheckinField(id: id, label: label, widget: widget, placement: .beside(labelWidth: labelWidth), gapAfter: gap, note: note, write: write)
    }

    private static func count(_ id: CheckinFieldID, _ label: String, _ value: Int?, gap: Int,
                              write: @escaping @Sendable (Int?, inout CheckinValues) -> Void) -> CheckinField {
        let range = countRange.lowerBound...max(countRange.upperBound, value ?? 0)
        return beside(id, label, Scale(range: range, value: value), gap: gap, write: write)
    }

    /// The values the form holds. The form shows the whole day, so an emptied number clears it,
    /// the self-care list and the note replace the day's; the win is added.
    public static func values(of form: Form<CheckinFieldID, CheckinValues>) -> CheckinValues {
        var v = CheckinValues()
        v.clearsMissingNumbers = true
        v.replacesSelfCare = true
        v.replacesNote = true
        form.write(into: &v)
        return v
    }

    /// Hours typed by the person: nil for blank (`.some(nil)`), or nil when not a number from 0 to 24.
    /// Accepts a comma as the decimal point ("7,5") and a trailing "h".
    public static func sleepHours(_ text: String) -> Double?? {
        if text.trimmingSpaces.isEmpty { return .some(nil) }
        return SleepHours.parse(text).map { .some($0) }
    }

    /// "7" for 7.0, "7.5" for 7.5.
    static func hoursText(_ hours: Double) -> String {
        hours == hours.rounded() ? String(Int(hours)) : String(hours)
    }
}
