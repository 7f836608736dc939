import CNcursesw
import TerminalUI

/// Maps curses keypad codes to `Key`s; typed bytes and unknown sequences go through `KeyDecoder`.
enum KeyCodes {
    static func key(forFunctionKey code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_F0 + 1 ... KEY_F0 + 12: return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// Keys the terminal description defines beyond the classic set, known by their capability
    /// name: "kLFT5" is Ctrl-Left, "kRIT3" Alt-Right, "kHOM5" Ctrl-Home (xterm's modifier numbers).
    static func key(forExtendedName name: String) -> Key? {
        guard name.hasPrefix("k"), let modifier = name.last?.wholeNumberValue else { return nil }
        let base = name.dropFirst().dropLast()
        let byWord = modifier == 3 || modifier == 5 || modifier == 7
        switch base {
        case "LFT": return byWord ? .wordLeft : .left
        case "RIT": return byWord ? .wordRight : .right
        case "UP": return .up
        case "DN": return .down
        case "HOM": return .home
        case "END": return .end
        case "DC": return .delete
        default: return nil
        }
    }
}
