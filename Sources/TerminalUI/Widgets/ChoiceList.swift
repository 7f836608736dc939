import JournalCore

/// A single-choice list (for "stage reached", "how it was delivered").
///
/// Up/Down or k/j move the selection (from nothing selected, Down picks the first and Up the
/// last), Home/End jump, Backspace/Delete clear it when `allowsNone`, Enter submits.
/// The selected option is marked "›" and, when focused, drawn in reverse video.
public struct ChoiceList: Equatable, Sendable {
    /// The options, in order.
    public var options: [String]
    /// The selected index, or nil when nothing is chosen yet.
    public var selected: Int? {
        didSet { if let s = selected, !options.indices.contains(s) { selected = nil } }
    }
    /// Whether the selection can be cleared back to nothing.
    public var allowsNone: Bool

    /// A list of `options` with `selected` chosen (nil: none yet).
    public init(options: [String], selected: Int? = nil, allowsNone: Bool = true) {
        self.options = options
        self.selected = selected.flatMap { options.indices.contains($0) ? $0 : nil }
        self.allowsNone = allowsNone
        if !allowsNone && self.selected == nil && !options.isEmpty { self.selected = 0 }
    }

    /// The selected option's text.
    public var selectedOption: String? { selected.map { options[$0] } }

    /// Applies one key.
    public mutating func handle(_ key: Key) -> WidgetResponse {
        guard !options.isEmpty else { return key == .enter ? .submit : .ignored }
        let before = selected
        switch key {
        case .up, .character("k"):
            selected = selected.map { max(0, $0 - 1) } ?? options.count - 1
        case .down, .character("j"):
            selected = selected.map { min(options.count - 1, $0 + 1) } ?? 0
        case .home:
            selected = 0
        case .end:
            selected = options.count - 1
        case .backspace, .delete:
            guard allowsNone else { return .handled }
            selected = nil
        case .enter:
            return .submit
        default:
            return .ignored
        }
        return selected == before ? .handled : .changed
    }

    /// Draws one option per row in `rect`, scrolled so the selection is visible, with a row
    /// saying how many options are above or below when they do not all fit.
    public func render(on canvas: Canvas, in rect: Rect, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        let window = ScrollWindow(showing: selected ?? 0, height: rect.height, count: options.count)
        canvas.fill(rect)
        window.renderMarkers(on: canvas, in: rect)
        for (i, index) in window.shown.enumerated() {
            let isSelected = index == selected
            let marker = isSelected ? "› " : "  "
            let style: Style = isSelected ? (focused ? [.reverse, .bold] : .bold) : .plain
            canvas.drawPadded(marker + SafeText.visible(options[index], keepNewlines: false),
                              row: rect.row + window.firstRow + i, column: rect.column, width: rect.width, style: style)
        }
    }
}

extension ChoiceList: FormWidget {
    /// The index of the chosen option.
    public var value: Int? {
        get { selected }
        set { selected = newValue }
    }
    /// A focused list is cut to the room there is and scrolls inside it, so it never runs past
    /// the bottom of the screen.
    public func height(for room: WidgetRoom, focused: Bool) -> Int { room.listRows(options.count, focused: focused) }
    /// Folded to its choice without focus, to keep steps short.
    public var collapsedSummary: String? { selectedOption ?? "—" }
    public var keyHints: [KeyHint] { [KeyHint("↑↓", "choose")] }
    public func sitsBesideLabel(focused: Bool) -> Bool { !focused }
}
