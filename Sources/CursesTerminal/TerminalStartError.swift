/// Why full-screen mode could not start, as one sentence for the person.
public enum TerminalStartError: Error, Equatable, CustomStringConvertible {
    case notATerminal
    case noTermVariable
    case dumbTerminal
    case unknownTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "this screen needs an interactive terminal, but input or output is not one; the commands list, show, search and checkin --mood work without one."
        case .noTermVariable:
            return "the TERM variable is not set, so onward cannot draw its screen; try TERM=xterm-256color."
        case .dumbTerminal:
            return "this terminal (TERM=dumb) cannot show full-screen programs; the commands list, show, search and checkin --mood work in it."
        case .unknownTerminal(let term):
            return "the terminal type '\(term)' is unknown to ncurses; try TERM=xterm-256color."
        }
    }
}
