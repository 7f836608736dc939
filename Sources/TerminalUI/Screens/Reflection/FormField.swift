import JournalCore

/// A labelled widget on a reflection step, bound to one answer.
public struct FormField: Equatable, Sendable {
    public var id: FieldID
    /// The question above the widget.
    public var label: String
    public var widget: FieldWidget

    public init(id: FieldID, label: String, widget: FieldWidget) {
        self.id = id
        self.label = label
        self.widget = widget
    }

    /// Copies the widget's current value into the answers.
    public func apply(to a: inout ReflectionAnswers) {
        switch (id, widget) {
        case (.company, .line(let w)): a.company = w.text
        case (.role, .line(let w)): a.role = w.text
        case (.followUpNote, .line(let w)): a.followUpNote = w.text
        case (.stage, .choice(let w)): a.stage = w.selected.map { Stage.allCases[$0] }
        case (.delivery, .choice(let w)): a.delivery = w.selectedOption
        case (.rejectedOn, .date(let w)): a.rejectedOn = w.date
        case (.followUp, .date(let w)): a.followUp = w.date
        case (.emotions, .checklist(let w)): a.emotions = w.selectedItems
        case (.values, .checklist(let w)): a.values = w.selectedItems
        case (.intensityBefore, .scale(let w)): a.intensityBefore = w.value
        case (.intensityAfter, .scale(let w)): a.intensityAfter = w.value
        case (.goalApplications, .scale(let w)): a.goalApplications = w.value
        case (.goalContacts, .scale(let w)): a.goalContacts = w.value
        case (.prompt(let step, let index), .area(let w)): a.setText(step, index, w.text)
        default: break
        }
    }
}
