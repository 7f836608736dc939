/// What a form did with a key.
public enum FormResponse: Equatable, Sendable {
    /// The focused widget's answer (`.ignored`: the screen may use the key).
    case widget(WidgetResponse)
    /// Tab or Shift-Tab moved the focus to another field.
    case moved
    /// Tab on the last field: the focus would leave the form forwards (it stays).
    case leftEnd
    /// Shift-Tab on the first field: the focus would leave the form backwards (it stays).
    case leftStart
}
