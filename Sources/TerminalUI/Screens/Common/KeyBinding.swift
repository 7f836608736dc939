/// One command of a screen: the keys that trigger it, how the footer and the help name it,
/// and the action each key stands for.
///
/// A binding whose keys have no action lists keys that a widget takes by itself (a text box's
/// Enter, "type to narrow"), so the help can still name them.
public struct KeyBinding<Action> {
    /// One key and what it does; `nil` when a widget handles it.
    public struct Trigger {
        public let key: Key
        public let action: Action?
    }

    /// The keys, in the order the help names them.
    public let triggers: [Trigger]
    /// How the footer writes the keys, e.g. "↑↓"; the help names every key instead.
    public let label: String
    /// What the keys do here, e.g. "move".
    public let does: String
    /// 1 for what a person needs most; the footer drops higher numbers first.
    public let priority: Int
    /// Whether the footer shows it (the help always does).
    public let inFooter: Bool

    /// Keys that all do `action`; the footer names the first key unless `label` is given.
    public init(_ keys: Key..., label: String? = nil, does: String, priority: Int = 1, inFooter: Bool = true, action: Action) {
        self.init(keys.map { ($0, action) }, label: label, does: does, priority: priority, inFooter: inFooter)
    }

    /// Keys that each do their own action under one hint, e.g. ↑ and ↓ as "↑↓ move".
    public init(_ pairs: [(Key, Action?)], label: String? = nil, does: String, priority: Int = 1, inFooter: Bool = true) {
        triggers = pairs.map { Trigger(key: $0.0, action: $0.1) }
        self.label = label ?? pairs.first.map { $0.0.name } ?? ""
        self.does = does
        self.priority = priority
        self.inFooter = inFooter
    }

    /// Keys a widget (a text box) takes itself: named for people, never matched by the table.
    public static func widget(_ keys: Key..., label: String? = nil, does: String, priority: Int = 1,
                              inFooter: Bool = false) -> KeyBinding {
        KeyBinding(keys.map { ($0, nil) }, label: label, does: does, priority: priority, inFooter: inFooter)
    }

    /// The keys alone.
    public var keys: [Key] { triggers.map(\.key) }

    /// The footer's hint: "↑↓ move".
    public var footerHint: KeyHint { KeyHint(label, does, priority: priority) }

    /// The help's line: every key by name ("↓ j Enter"), or the label when there are none.
    public var helpHint: KeyHint {
        KeyHint(triggers.isEmpty ? label : keys.map(\.name).joined(separator: " "), does, priority: priority)
    }
}

extension KeyBinding: Sendable where Action: Sendable {}
extension KeyBinding.Trigger: Sendable where Action: Sendable {}
