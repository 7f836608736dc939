/// What a widget did with a key, so the screen knows whether to act on it itself.
public enum WidgetResponse: Equatable, Sendable {
    /// Consumed without changing the value (a cursor move).
    case handled
    /// Consumed and the value changed (a screen may mark its draft dirty).
    case changed
    /// Not for this widget: the screen should handle it (Tab, Esc, Ctrl-S, ...).
    case ignored
    /// The person confirmed (Enter on a single-line field or list).
    case submit

    /// True unless the key was ignored.
    public var isConsumed: Bool { self != .ignored }
}
