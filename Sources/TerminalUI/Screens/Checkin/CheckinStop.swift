/// A place the focus can rest on the check-in: a field, the follow-ups, or the save line.
public enum CheckinStop: Equatable, Sendable {
    case field(Int)
    case followUps
    case save
}
