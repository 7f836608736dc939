import JournalCore

/// Builds the form of each guide step from the answers so far, each field bound to its answer.
public enum StepFormBuilder {
    static let deliveries = ["email", "phone call", "in person", "automated message", "no reply", "other"]
    static let intensityWords: [Int: String] = [
        0: "none", 1: "faint", 2: "faint", 3: "mild", 4: "mild", 5: "strong", 6: "strong",
        7: "very strong", 8: "very strong", 9: "overwhelming", 10: "overwhelming",
    ]
    /// Labels wrap onto two rows; the "more" lines say which key reaches what is hidden.
    static let look = FormLook(moreAbove: "↑ more above (Shift-Tab)", moreBelow: "↓ more below (Tab)", labelLines: 2)

    /// The step's form.
    public static func form(for step: GuideStep, answers a: ReflectionAnswers, today: LocalDay) -> StepForm {
        Form(fields(for: step, answers: a, today: today), look: look)
    }

    /// The step's fields, prefilled from the answers.
    public static func fields(for step: GuideStep, answers a: ReflectionAnswers, today: LocalDay) -> [ReflectionField] {
        var fields: [ReflectionField] = []
        switch step.input {
        case .rejection:
            fields.append(ReflectionField(id: .company, label: "Company", widget: TextField(text: a.company, placeholder: "e.g. Acme")) { $1.company = $0 })
            fields.append(ReflectionField(id: .role, label: "Role", widget: TextField(text: a.role, placeholder: "e.g. Backend Engineer")) { $1.role = $0 })
            let stageIndex = a.stage.flatMap { Stage.allCases.firstIndex(of: $0) }
            fields.append(ReflectionField(id: .stage, label: "How far did you get?",
                                          widget: ChoiceList(options: Stage.allCases.map(\.label), selected: stageIndex)) {
                $1.stage = $0.map { Stage.allCases[$0] }
            })
            fields.append(ReflectionField(id: .rejectedOn, label: "When did you hear? (+/- a day, or type YYYY-MM-DD)",
                                          widget: DateField(today: today, date: a.rejectedOn)) { $1.rejectedOn = $0 })
            let deliveryIndex = a.delivery.flatMap { deliveries.firstIndex(of: $0) }
            fields.append(ReflectionField(id: .delivery, label: "How did the news come?",
                                          widget: ChoiceList(options: deliveries, selected: deliveryIndex)) {
                $1.delivery = $0.map { deliveries[$0] }
            })
        case .emotions:
            fields.append(ReflectionField(id: .emotions, label: "Which feelings are here? (Space to tick; add your own words on the last line)",
                                          widget: Checklist(items: Emotion.suggested, checked: a.emotions)) { $1.emotions = $0 })
            fields.append(intensity(.intensityBefore, "How strong are they right now? (←/→ or a number)", a.intensityBefore) { $1.intensityBefore = $0 })
        case .strength:
            fields.append(intensity(.intensityBefore, "How strong are the feelings right now? (←/→ or a number)", a.intensityBefore) { $1.intensityBefore = $0 })
        case .values:
            fields.append(ReflectionField(id: .values, label: "Which matter most to you? (Space to tick; add your own words on the last line)",
                                          widget: Checklist(items: PersonalValues.suggested, checked: a.values)) { $1.values = $0 })
        case .goals:
            fields.append(ReflectionField(id: .goalApplications, label: "Applications to send this week (←/→ or a number)",
                                          widget: Scale(range: 0...10, value: a.goalApplications)) { $1.goalApplications = $0 })
            fields.append(ReflectionField(id: .goalContacts, label: "People to get in touch with this week",
                                          widget: Scale(range: 0...10, value: a.goalContacts)) { $1.goalContacts = $0 })
            fields.append(ReflectionField(id: .followUpNote, label: "Something to follow up on (optional)",
                                          widget: TextField(text: a.followUpNote, placeholder: "e.g. ask Acme for feedback")) { $1.followUpNote = $0 })
            fields.append(ReflectionField(id: .followUp, label: "Follow up by",
                                          widget: DateField(today: today, date: a.followUp ?? today.adding(days: 7))) { $1.followUp = $0 })
        case .closing:
            fields.append(intensity(.intensityAfter, "How strong are the feelings now? (←/→ or a number)", a.intensityAfter) { $1.intensityAfter = $0 })
        case .prompts, .achievements:
            break
        }
        for (i, prompt) in step.prompts.enumerated() {
            let area = TextArea(text: a.text(step.id, i), placeholder: prompt.example ?? "")
            let stepID = step.id
            fields.append(ReflectionField(id: .prompt(step: stepID, index: i), label: prompt.question, widget: area) {
                $1.setText(stepID, i, $0)
            })
        }
        return fields
    }

    private static func intensity(_ id: FieldID, _ label: String, _ value: Int?,
                                  write: @escaping @Sendable (Int?, inout ReflectionAnswers) -> Void) -> ReflectionField {
        ReflectionField(id: id, label: label, widget: Scale(range: 0...10, value: value, labels: intensityWords), write: write)
    }
}
