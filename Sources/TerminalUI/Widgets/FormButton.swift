/// A button on a form, "[ Save check-in ]": Enter or Space presses it (`.submit`).
public struct FormButton: Equatable, Sendable {
    public var title: String
    /// What pressing it does, in a word, for the footer ("save").
    public var verb: String

    public init(_ title: String, verb: String) {
        self.title = title
        self.verb = verb
    }
}

extension FormButton: FormWidget {
    public var value: String {
        get { title }
        set { title = newValue }
    }
    public func handle(_ key: Key) -> WidgetResponse {
        key == .enter || key == .character(" ") ? .submit : .ignored
    }
    public func render(on canvas: Canvas, in rect: Rect, focused: Bool) {
        canvas.draw((focused ? "› " : "  ") + "[ \(title) ]", row: rect.row, column: rect.column, width: rect.width,
                    style: focused ? .reverse : .bold)
    }
    public func height(for room: WidgetRoom, focused: Bool) -> Int { 1 }
    public var keyHints: [KeyHint] { [KeyHint("Enter", verb)] }
}
