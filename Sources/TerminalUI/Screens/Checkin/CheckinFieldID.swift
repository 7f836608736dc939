/// Which value of the check-in a field edits, or which other part of the form it is.
public enum CheckinFieldID: Hashable, Sendable {
    case mood, energy, sleep, selfCare, applications, contacts, learning, win, note
    /// The follow-ups and plans that are due, to tick.
    case followUps
    /// The applications' next actions that are due (read-only).
    case dueActions
    /// The save button.
    case save

    /// True for the fields that hold a value of the day.
    public var isValue: Bool {
        switch self {
        case .followUps, .dueActions, .save: return false
        default: return true
        }
    }
}
