/// A labelled widget on a form, bound to one value of the screen's `Values` by a write function.
public struct FormField<ID: Hashable & Sendable, Values>: Sendable {
    /// Which value (or part of the screen) the field stands for.
    public var id: ID
    /// The question or name drawn with the widget.
    public var label: String
    /// The widget; any type adopting `FormWidget`.
    public var widget: any FormWidget
    public var placement: FieldPlacement
    /// Blank rows after the field.
    public var gapAfter: Int
    /// A dim line under a widget placed beside its label ("already noted: ...").
    public var note: String?
    private let writer: @Sendable (any FormWidget, inout Values) -> Void

    /// A field whose widget's value goes into the values through `write` (nothing for read-only fields).
    public init<W: FormWidget>(id: ID, label: String, widget: W, placement: FieldPlacement = .below, gapAfter: Int = 1,
                               note: String? = nil, write: (@Sendable (W.Value, inout Values) -> Void)? = nil) {
        self.id = id
        self.label = label
        self.widget = widget
        self.placement = placement
        self.gapAfter = gapAfter
        self.note = note
        writer = { widget, values in
            guard let write, let typed = widget as? W else { return }
            write(typed.value, &values)
        }
    }

    /// Copies the widget's value into `values`.
    public func write(into values: inout Values) { writer(widget, &values) }
}
