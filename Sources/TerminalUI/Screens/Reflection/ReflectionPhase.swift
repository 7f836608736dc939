/// Where the person is in the guided reflection.
public enum ReflectionPhase: Equatable, Sendable {
    /// On step `index` of the guide.
    case step(Int)
    /// Reading every answer before saving.
    case summary
    /// Saved at this path (relative to the journal).
    case saved(String)
}
