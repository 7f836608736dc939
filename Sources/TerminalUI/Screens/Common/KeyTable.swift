/// A screen's keys in one list that drives the key handling, the footer and the `?` help
/// together, so what a screen does, shows and explains cannot drift apart.
///
/// ```swift
/// let keys = KeyTable<Command>([
///     KeyBinding([(.up, .move(-1)), (.down, .move(1))], label: "↑↓", does: "move"),
///     KeyBinding(.escape, does: "back", action: .back),
/// ])
/// if let command = keys.action(for: key) { ... }
/// ```
/// Tables map commands, not typing: a key with no binding (or a widget binding) is left for
/// the focused text box.
public struct KeyTable<Action> {
    /// The bindings, most important first (the footer and the help keep this order).
    public let bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) { self.bindings = bindings }

    /// What `key` does here; the first binding naming it wins, and widget keys give nil.
    public func action(for key: Key) -> Action? {
        for binding in bindings {
            if let trigger = binding.triggers.first(where: { $0.key == key }) { return trigger.action }
        }
        return nil
    }

    /// Whether some binding names `key` (a widget's keys included).
    public func binds(_ key: Key) -> Bool { bindings.contains { $0.keys.contains(key) } }

    /// The hints the footer shows, in order.
    public var footerHints: [KeyHint] { bindings.filter(\.inFooter).map(\.footerHint) }

    /// The bottom line for this table.
    public var footer: Footer { Footer(footerHints) }

    /// Every binding for the help, each with all its keys named.
    public var helpHints: [KeyHint] { bindings.map(\.helpHint) }

    /// The `?` panel for this table.
    public func help(title: String) -> HelpOverlay { HelpOverlay(title: title, hints: helpHints) }

    /// Keys named by more than one binding (a table should have none: the later would never act).
    public var repeatedKeys: [Key] {
        var seen = Set<Key>(), repeated: [Key] = []
        for key in bindings.flatMap(\.keys) where !seen.insert(key).inserted { repeated.append(key) }
        return repeated
    }
}

extension KeyTable: Sendable where Action: Sendable {}
