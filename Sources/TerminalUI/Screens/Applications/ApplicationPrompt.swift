import JournalCore

/// The one-line question at the bottom of the applications screen, and what the answer is for.
public struct ApplicationPrompt: Equatable, Sendable {
    /// What happens with the answer.
    public enum Purpose: Equatable, Sendable {
        case company
        case role(company: String)
        case moveDate(Stage)
        case event, note, feedback
        /// y/n before closing as rejected and starting a reflection.
        case saidNo
    }

    public var purpose: Purpose
    public var field: TextField

    /// The question shown before the field.
    public var label: String {
        switch purpose {
        case .company: return "Company:"
        case .role: return "Role:"
        case .moveDate(let stage): return "Reached \(stage.label) on:"
        case .event: return "What happened?"
        case .note: return "Note:"
        case .feedback: return "What did they say?"
        case .saidNo: return "Close it as a no and reflect on it? y/n"
        }
    }

    /// True for the y/n question, which takes one key rather than typed text.
    public var isYesNo: Bool { purpose == .saidNo }
}
