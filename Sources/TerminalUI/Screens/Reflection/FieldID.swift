/// Which answer a field of the reflection edits.
public enum FieldID: Hashable, Sendable {
    case company, role, stage, rejectedOn, delivery
    case emotions, intensityBefore, intensityAfter, values
    case goalApplications, goalContacts, followUpNote, followUp
    /// Prompt `index` of the step with id `step`.
    case prompt(step: String, index: Int)
}
