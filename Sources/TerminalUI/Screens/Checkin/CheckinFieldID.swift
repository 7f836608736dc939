/// Which value of the check-in a field edits.
public enum CheckinFieldID: Hashable, Sendable {
    case mood, energy, sleep, selfCare, applications, contacts, learning, win, note
}
