/// Something a reflection asked the person to follow up on by a date ("ask Acme for feedback").
public struct FollowUp: Equatable, Sendable {
    /// The reflection that scheduled it.
    public var entryID: EntryID
    /// Where that reflection lives, relative to the journal.
    public var relativePath: String
    /// What to do; the reflection's title when the note is empty.
    public var note: String
    /// The day it was meant to happen by.
    public var due: LocalDay
    /// Whether it has been marked done.
    public var isDone: Bool
    /// Set when this is one of the reflection's if-then plans rather than its follow-up.
    public var plan: IfThenPlan?

    public init(entryID: EntryID, relativePath: String, note: String, due: LocalDay, isDone: Bool, plan: IfThenPlan? = nil) {
        self.entryID = entryID
        self.relativePath = relativePath
        self.note = note
        self.due = due
        self.isDone = isDone
        self.plan = plan
    }

    /// True when `other` is the same item (a reflection holds one follow-up and several plans).
    public func isSame(as other: FollowUp) -> Bool {
        entryID == other.entryID && plan?.text == other.plan?.text && plan?.day == other.plan?.day
    }

    /// True when the due day is before `today` (not just today).
    public func isOverdue(today: LocalDay) -> Bool { due < today }
}
