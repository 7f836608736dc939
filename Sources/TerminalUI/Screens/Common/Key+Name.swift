extension Key {
    /// The key as the help writes it for people: "Enter", "↑", "Ctrl-S", "Space", "k".
    public var name: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .control(let c): return "Ctrl-" + String(c).uppercased()
        case .function(let n): return "F\(n)"
        case .wordLeft: return "Ctrl-←"
        case .wordRight: return "Ctrl-→"
        case .altBackspace: return "Alt-Backspace"
        case .alt(let c): return "Alt-" + String(c)
        }
    }
}
