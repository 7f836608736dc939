/// What a guide step asks for besides its free-text prompts.
public enum GuideInput: String, CaseIterable, Sendable {
    /// Company, role, stage reached, date and how the news came.
    case rejection
    /// A checklist of feelings and their strength before the session.
    case emotions
    /// Only the strength of the feelings before the session (for exercises).
    case strength
    /// A checklist of personal values, with room for one's own.
    case values
    /// Only the prompts.
    case prompts
    /// The prompts, with a few achievements from earlier entries shown as a reminder.
    case achievements
    /// Weekly numbers for the check-in to follow, and a follow-up date.
    case goals
    /// The strength of the feelings after the session, then the summary.
    case closing
}
