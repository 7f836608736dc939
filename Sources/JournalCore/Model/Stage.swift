/// How far the application got before the rejection.
public enum Stage: String, CaseIterable, Codable, Sendable {
    case applied, screen, interview
    case finalInterview = "final-interview"
    case offer

    /// Words for a person, e.g. "final interview".
    public var label: String {
        switch self {
        case .applied: return "applied"
        case .screen: return "screening call"
        case .interview: return "interview"
        case .finalInterview: return "final interview"
        case .offer: return "offer stage"
        }
    }
}
