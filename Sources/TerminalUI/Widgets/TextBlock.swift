/// Read-only lines among a form's fields (the due next actions on the check-in); focus passes over it.
public struct TextBlock: Equatable, Sendable {
    public var lines: [String]
    public var style: Style

    public init(lines: [String], style: Style = .plain) {
        self.lines = lines
        self.style = style
    }
}

extension TextBlock: FormWidget {
    public var value: [String] {
        get { lines }
        set { lines = newValue }
    }
    public func handle(_ key: Key) -> WidgetResponse { .ignored }
    public func render(on canvas: Canvas, in rect: Rect, focused: Bool) {
        for (n, line) in lines.prefix(rect.height).enumerated() {
            canvas.draw(line, row: rect.row + n, column: rect.column, width: rect.width, style: style)
        }
    }
    public func height(for room: WidgetRoom, focused: Bool) -> Int { lines.count }
    public var canFocus: Bool { false }
}
