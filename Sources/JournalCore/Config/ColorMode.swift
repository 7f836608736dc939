/// When output may carry colour and other escape codes: `auto` (only on a terminal), `always`, `never`.
public enum ColorMode: String, CaseIterable, Equatable, Sendable {
    case auto, always, never

    /// True when styled output is allowed for an output that is (or is not) a terminal.
    public func allowsStyle(outputIsTerminal: Bool) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto: return outputIsTerminal
        }
    }
}
