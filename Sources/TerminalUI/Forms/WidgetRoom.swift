/// The room a form gives a widget: its width, the rows a text box gets, and the most it may take.
public struct WidgetRoom: Equatable, Sendable {
    /// Columns the widget is drawn in.
    public var width: Int
    /// Rows a text box takes when it does not grow (fewer on a small screen).
    public var preferredRows: Int
    /// The most rows a focused widget may take (0: no limit known).
    public var maxRows: Int

    public init(width: Int, preferredRows: Int, maxRows: Int = 0) {
        self.width = width
        self.preferredRows = preferredRows
        self.maxRows = maxRows
    }

    /// `rows` for a list, cut to the room when focused; three rows at least (a marker, the cursor, a marker).
    public func listRows(_ rows: Int, focused: Bool) -> Int {
        guard focused, maxRows > 0 else { return rows }
        return min(rows, max(3, maxRows))
    }
}
