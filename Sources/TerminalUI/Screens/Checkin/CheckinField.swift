/// A labelled widget on the check-in, bound to one value.
public struct CheckinField: Equatable, Sendable {
    public var id: CheckinFieldID
    /// The short label drawn before (or above) the widget.
    public var label: String
    public var widget: FieldWidget

    public init(id: CheckinFieldID, label: String, widget: FieldWidget) {
        self.id = id
        self.label = label
        self.widget = widget
    }

    /// Lists and text areas need rows of their own under the label; the rest sit beside it.
    public func isInline(focused: Bool) -> Bool {
        switch widget {
        case .area: return false
        case .checklist: return !focused
        default: return true
        }
    }
}
