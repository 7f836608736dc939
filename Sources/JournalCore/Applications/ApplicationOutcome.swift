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

extension ApplicationRecord {
    /// The day a closed application ended: its latest timeline line naming the outcome (a later
    /// note or feedback does not move it); nil while open or when no line names it.
    public var closedOn: LocalDay? {
        guard !isOpen else { return nil }
        return timeline.last { $0.what == outcome.rawValue && $0.day != nil }?.day
    }
}
