/// What an entry is: a guided reflection after a rejection, a daily check-in, or a free note.
public enum EntryKind: String, CaseIterable, Codable, Sendable {
    case reflection, checkin, note
}
