import JournalCore

/// Builds the fields of each guide step from the answers so far.
public enum StepFormBuilder {
    static let deliveries = ["email", "phone call", "in person", "automated message", "no reply", "other"]
    static let intensityWords: [Int: String] = [
        0: "none", 1: "faint", 2: "faint", 3: "mild", 4: "mild", 5: "strong", 6: "strong",
        7: "very strong", 8: "very strong", 9: "overwhelming", 10: "overwhelming",
    ]

    public static func fields(for step: GuideStep, answers a: ReflectionAnswers, today: LocalDay) -> [FormField] {
        var fields: [FormField] = []
        switch step.input {
        case .rejection:
            fields.append(FormField(id: .company, label: "Company", widget: .line(TextField(text: a.company, placeholder: "e.g. Acme"))))
            fields.append(FormField(id: .role, label: "Role", widget: .line(TextField(text: a.role, placeholder: "e.g. Backend Engineer"))))
            let stageIndex = a.stage.flatMap { Stage.allCases.firstIndex(of: $0) }
            fields.append(FormField(id: .stage, label: "How far did you get?",
                                    widget: .choice(ChoiceList(options: Stage.allCases.map(\.label), selected: stageIndex))))
            fields.append(FormField(id: .rejectedOn, label: "When did you hear? (+/- a day, or type YYYY-MM-DD)",
                                    widget: .date(DateField(today: today, date: a.rejectedOn))))
            let deliveryIndex = a.delivery.flatMap { deliveries.firstIndex(of: $0) }
            fields.append(FormField(id: .delivery, label: "How did the news come?",
                                    widget: .choice(ChoiceList(options: deliveries, selected: deliveryIndex))))
        case .emotions:
            fields.append(FormField(id: .emotions, label: "Which feelings are here? (Space to tick; add your own words on the last line)",
                                    widget: .checklist(Checklist(items: Emotion.suggested, checked: a.emotions))))
            fields.append(FormField(id: .intensityBefore, label: "How strong are they right now? (←/→ or a number)",
                                    widget: .scale(Scale(range: 0...10, value: a.intensityBefore, labels: intensityWords))))
        case .strength:
            fields.append(FormField(id: .intensityBefore, label: "How strong are the feelings right now? (←/→ or a number)",
                                    widget: .scale(Scale(range: 0...10, value: a.intensityBefore, labels: intensityWords))))
        case .values:
            fields.append(FormField(id: .values, label: "Which matter most to you? (Space to tick; add your own words on the last line)",
                                    widget: .checklist(Checklist(items: PersonalValues.suggested, checked: a.values))))
        case .goals:
            fields.append(FormField(id: .goalApplications, label: "Applications to send this week (←/→ or a number)",
                                    widget: .scale(Scale(range: 0...10, value: a.goalApplications))))
            fields.append(FormField(id: .goalContacts, label: "People to get in touch with this week",
                                    widget: .scale(Scale(range: 0...10, value: a.goalContacts))))
            fields.append(FormField(id: .followUpNote, label: "Something to follow up on (optional)",
                                    widget: .line(TextField(text: a.followUpNote, placeholder: "e.g. ask Acme for feedback"))))
            fields.append(FormField(id: .followUp, label: "Follow up by",
                                    widget: .date(DateField(today: today, date: a.followUp ?? today.adding(days: 7)))))
        case .closing:
            fields.append(FormField(id: .intensityAfter, label: "How strong are the feelings now? (←/→ or a number)",
                                    widget: .scale(Scale(range: 0...10, value: a.intensityAfter, labels: intensityWords))))
        case .prompts, .achievements:
            break
        }
        for (i, prompt) in step.prompts.enumerated() {
            let area = TextArea(text: a.text(step.id, i), placeholder: prompt.example ?? "")
            fields.append(FormField(id: .prompt(step: step.id, index: i), label: prompt.question, widget: .area(area)))
        }
        return fields
    }
}
