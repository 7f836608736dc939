/// What an entry is: a guided reflection after a rejection, a daily check-in, a free note, or
/// one job application being tracked.
public enum EntryKind: String, CaseIterable, Codable, Sendable {
    case reflection, checkin, note, application
}
