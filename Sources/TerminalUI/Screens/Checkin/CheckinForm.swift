import JournalCore

/// Builds the check-in fields from an entry and reads the values back out of them.
public enum CheckinForm {
    /// Counts are usually small (and 0...15 keeps the track the same width answered or not at 80
    /// columns); a bigger number already in the file widens the scale.
    static let countRange = 0...15

    /// The fields, prefilled from `source` (today's entry read whole, or a resumed draft). The win
    /// starts empty unless `source` is a draft: the day's wins are a list it is added to.
    public static func fields(from source: Entry?, isDraft: Bool) -> [CheckinField] {
        let e = source
        var fields = [
            CheckinField(id: .mood, label: "Mood", widget: .scale(Scale(range: CheckinValues.scale, value: e?.mood, labels: CheckinWords.mood))),
            CheckinField(id: .energy, label: "Energy", widget: .scale(Scale(range: CheckinValues.scale, value: e?.energy, labels: CheckinWords.energy))),
            CheckinField(id: .sleep, label: "Hours of sleep", widget: .line(TextField(text: e?.sleepHours.map(hoursText) ?? "", placeholder: "e.g. 7.5", maxLength: 5))),
            CheckinField(id: .selfCare, label: "Looked after yourself", widget: .checklist(Checklist(
                items: SelfCare.suggested, checked: e?.selfCare ?? [], otherPlaceholder: "something else, separated by commas"))),
            count(.applications, "Applications sent", e?.applications),
            count(.contacts, "People contacted", e?.contacts),
            count(.learning, "Learning (sessions)", e?.learning),
        ]
        let win = isDraft ? e?.wins.last ?? "" : ""
        fields.append(CheckinField(id: .win, label: "One small win", widget: .line(TextField(text: win, placeholder: "e.g. a walk, a hard email sent"))))
        // The day's note is shown whole to edit; saving replaces it (the win is added to a list).
        let note = e?.section(CheckinUpdate.noteHeading)?.body ?? ""
        fields.append(CheckinField(id: .note, label: "Anything else on your mind? (optional)", widget: .area(TextArea(text: note, placeholder: "a few words, or nothing at all"))))
        return fields
    }

    private static func count(_ id: CheckinFieldID, _ label: String, _ value: Int?) -> CheckinField {
        let range = countRange.lowerBound...max(countRange.upperBound, value ?? 0)
        return CheckinField(id: id, label: label, widget: .scale(Scale(range: range, value: value)))
    }

    /// The values the fields hold. The form shows the whole day, so an emptied number clears it
    /// the self-care list and the note replace the day's; the win is added.
    public static func values(of fields: [CheckinField]) -> CheckinValues {
        var v = CheckinValues()
        v.clearsMissingNumbers = true
        v.replacesSelfCare = true
        v.replacesNote = true
        for field in fields {
            switch (field.id, field.widget) {
            case (.mood, .scale(let w)): v.mood = w.value
            case (.energy, .scale(let w)): v.energy = w.value
            case (.sleep, .line(let w)): v.sleepHours = sleepHours(w.text) ?? nil
            case (.selfCare, .checklist(let w)): v.selfCare = w.selectedItems
            case (.applications, .scale(let w)): v.applications = w.value
            case (.contacts, .scale(let w)): v.contacts = w.value
            case (.learning, .scale(let w)): v.learning = w.value
            case (.win, .line(let w)): v.win = w.text.trimmingSpaces.isEmpty ? nil : w.text
            case (.note, .area(let w)): v.note = w.text.trimmingSpaces.isEmpty ? nil : w.text
            default: break
            }
        }
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
