/// Where a field's widget goes relative to its label.
public enum FieldPlacement: Equatable, Sendable {
    /// The label on its own rows, the widget under it, indented.
    case below
    /// The widget on the label's row at `labelWidth` columns in, when it fits on one row; else below.
    case beside(labelWidth: Int)
    /// No label: the widget takes the whole width (a button).
    case bare
}
