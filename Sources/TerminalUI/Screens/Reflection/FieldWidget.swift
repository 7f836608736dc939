/// One of the widgets a form field can hold, behind one interface.
public enum FieldWidget: Equatable, Sendable {
    case line(TextField)
    case area(TextArea)
    case choice(ChoiceList)
    case checklist(Checklist)
    case scale(Scale)
    case date(DateField)

    public mutating func handle(_ key: Key) -> WidgetResponse {
        // Each widget is taken out (self holds a tiny placeholder meanwhile) before it changes,
        // so its text is not shared and not copied at every key. `if case` rather than `switch`:
        // a switch keeps its own copy of self alive, which made a 40 KB paste take seconds.
        if case .area(var w) = self { self = Self.placeholder; let r = w.handle(key); self = .area(w); return r }
        if case .line(var w) = self { self = Self.placeholder; let r = w.handle(key); self = .line(w); return r }
        if case .choice(var w) = self { self = Self.placeholder; let r = w.handle(key); self = .choice(w); return r }
        if case .checklist(var w) = self { self = Self.placeholder; let r = w.handle(key); self = .checklist(w); return r }
        if case .scale(var w) = self { self = Self.placeholder; let r = w.handle(key); self = .scale(w); return r }
        if case .date(var w) = self { self = Self.placeholder; let r = w.handle(key); self = .date(w); return r }
        return .ignored
    }

    private static let placeholder = FieldWidget.scale(Scale(range: 0...1))

    public func render(on canvas: Canvas, in rect: Rect, focused: Bool) {
        if !focused, let summary = collapsedSummary {
            canvas.draw(summary, row: rect.row, column: rect.column, width: rect.width, style: summary == "—" ? .dim : .plain)
            return
        }
        switch self {
        case .line(let w): w.render(on: canvas, in: rect, focused: focused)
        case .area(let w): w.render(on: canvas, in: rect, focused: focused)
        case .choice(let w): w.render(on: canvas, in: rect, focused: focused)
        case .checklist(let w): w.render(on: canvas, in: rect, focused: focused)
        case .scale(let w): w.render(on: canvas, in: rect, focused: focused)
        case .date(let w): w.render(on: canvas, in: rect, focused: focused)
        }
    }

    /// Lists fold to one line showing the choice when they do not have focus, to keep steps short.
    var collapsedSummary: String? {
        switch self {
        case .choice(let w): return w.selectedOption ?? "—"
        case .checklist(let w): return w.selectedItems.isEmpty ? "—" : w.selectedItems.joined(separator: ", ")
        default: return nil
        }
    }

    /// Rows the widget is drawn in, given the rows the screen can spare for text areas.
    ///
    /// A focused box grows with its text (one free row below it) from `areaRows` up to `maxRows`,
    /// so long writing is seen whole when the screen has room.
    public func height(areaRows: Int, focused: Bool, width: Int = 0, maxRows: Int = 0) -> Int {
        if !focused, collapsedSummary != nil { return 1 }
        switch self {
        case .line, .scale, .date: return 1
        case .area(let w):
            guard focused, width > 0, maxRows > areaRows else { return areaRows }
            return min(maxRows, max(areaRows, w.visualLines(width: width).count + 1))
        // A focused list is cut to the room there is and scrolls inside it, so it never runs
        // past the bottom of the screen (three rows at least: a marker, the cursor, a marker).
        case .choice(let w): return fit(w.options.count, focused: focused, maxRows: maxRows)
        case .checklist(let w): return fit(w.items.count + 1, focused: focused, maxRows: maxRows)
        }
    }

    private func fit(_ rows: Int, focused: Bool, maxRows: Int) -> Int {
        guard focused, maxRows > 0 else { return rows }
        return min(rows, max(3, maxRows))
    }

    /// True when typed letters go into the widget, so `?` and `q` are text, not commands.
    // Not inlined (nor isMultiline): inlined, the optimiser kept a copy of the widget alive across
    // the caller's `handle`, which then copied the whole text at every key.
    @inline(never)
    public var takesText: Bool {
        switch self {
        case .line, .area: return true
        case .checklist(let w): return w.isOnOtherLine
        default: return false
        }
    }

    /// True for a text box that holds some text.
    public var hasText: Bool {
        switch self {
        case .line(let w): return !w.text.isEmpty
        case .area(let w): return !w.text.isEmpty
        default: return false
        }
    }

    /// Enter inserts a newline here instead of moving on.
    @inline(never)
    public var isMultiline: Bool {
        if case .area = self { return true }
        return false
    }

    /// Lets a text area know the size it is drawn at, so Up/Down follow the wrapping on screen.
    public mutating func setViewport(_ size: Size) {
        if case .area(var w) = self { w.viewport = size; self = .area(w) }
    }
}
