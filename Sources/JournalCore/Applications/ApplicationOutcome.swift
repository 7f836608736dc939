/// Where an application ended up: still open, or closed one of four ways.
public enum ApplicationOutcome: String, CaseIterable, Codable, Sendable {
    case open, rejected, withdrawn, accepted, declined

    /// Words for a person: "offer accepted" rather than "accepted".
    public var label: String {
        switch self {
        case .open: return "open"
        case .rejected: return "said no"
        case .withdrawn: return "withdrawn"
        case .accepted: return "offer accepted"
        case .declined: return "offer declined"
        }
    }

    /// The outcomes an application can be closed with.
    public static let closing: [ApplicationOutcome] = [.rejected, .withdrawn, .accepted, .declined]
}
