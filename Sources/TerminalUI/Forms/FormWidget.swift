/// A widget a `Form` can hold: it takes keys, draws itself in a box, says how tall it is and
/// holds one value. A new kind of field is a new type that adopts this; the form needs no change.
public protocol FormWidget: Sendable {
    /// What the widget edits (a text, a rating, the ticked items ...).
    associatedtype Value
    /// The value as it stands; setting it replaces what the widget shows.
    var value: Value { get set }
    /// Applies one key; `.ignored` leaves it to the form and then the screen.
    mutating func handle(_ key: Key) -> WidgetResponse
    /// Draws the widget in `rect`.
    func render(on canvas: Canvas, in rect: Rect, focused: Bool)
    /// Rows the widget is drawn in, given the room the form has for it.
    func height(for room: WidgetRoom, focused: Bool) -> Int
    /// One line standing for the widget while it has no focus (a list folds to its choice), or nil.
    var collapsedSummary: String? { get }
    /// True when typed letters go into the widget, so `?` and `q` are text, not commands.
    var takesText: Bool { get }
    /// True when Enter belongs to the widget (a new line) rather than moving on.
    var isMultiline: Bool { get }
    /// True when the widget holds typed text.
    var hasText: Bool { get }
    /// False for read-only text that focus passes over.
    var canFocus: Bool { get }
    /// The keys the widget itself understands, for the footer and the help.
    var keyHints: [KeyHint] { get }
    /// True when the widget fits on its label's row (a form that places fields beside labels).
    func sitsBesideLabel(focused: Bool) -> Bool
    /// Settles half-typed input (the "Other:" words of a checklist) before the focus leaves.
    mutating func commitPending()
    /// Tells the widget the size it is drawn at (a text area follows its wrapping with Up/Down).
    mutating func setViewport(_ size: Size)
}

extension FormWidget {
    public var collapsedSummary: String? { nil }
    public var takesText: Bool { false }
    public var isMultiline: Bool { false }
    public var hasText: Bool { false }
    public var canFocus: Bool { true }
    public var keyHints: [KeyHint] { [] }
    public func sitsBesideLabel(focused: Bool) -> Bool { false }
    public mutating func commitPending() {}
    public mutating func setViewport(_ size: Size) {}
}
