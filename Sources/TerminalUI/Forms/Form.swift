/// The one form of onward: fields in order, which one has the focus, Tab and Shift-Tab between
/// them, and (in Form+Render) their layout, scrolled when the form is taller than the screen.
/// The reflection's steps and the check-in are each one `Form`; screens keep their own keys.
public struct Form<ID: Hashable & Sendable, Values>: Sendable {
    public private(set) var fields: [FormField<ID, Values>]
    /// The index of the focused field (a field that can take focus, when there is one).
    public private(set) var focus: Int
    public var look: FormLook

    public init(_ fields: [FormField<ID, Values>], look: FormLook = FormLook()) {
        self.fields = fields
        self.look = look
        focus = fields.firstIndex { $0.widget.canFocus } ?? 0
    }

    /// The focused field's id (nil for an empty form).
    public var focusedID: ID? { fields.indices.contains(focus) ? fields[focus].id : nil }

    // Flags of the focused widget, read without copying the field (a copy would copy its text).
    /// True when the focused widget takes typed letters.
    public var focusTakesText: Bool { fields.indices.contains(focus) && fields[focus].widget.takesText }
    /// True when Enter belongs to the focused widget.
    public var focusIsMultiline: Bool { fields.indices.contains(focus) && fields[focus].widget.isMultiline }
    /// The focused widget's own keys.
    public var focusKeyHints: [KeyHint] { fields.indices.contains(focus) ? fields[focus].widget.keyHints : [] }

    /// The first field with this id.
    public func index(of id: ID) -> Int? { fields.firstIndex { $0.id == id } }

    /// The widget of field `id` when it is a `W` (a copy).
    public func widget<W: FormWidget>(_ id: ID, as type: W.Type) -> W? {
        index(of: id).flatMap { fields[$0].widget as? W }
    }

    /// Puts the focus on field `index` (clamped; read-only fields are passed over forwards).
    public mutating func focus(on index: Int) {
        guard !fields.isEmpty else { return }
        let start = min(max(0, index), fields.count - 1)
        focus = fields[start...].firstIndex { $0.widget.canFocus } ?? fields.lastIndex { $0.widget.canFocus } ?? start
    }

    /// Puts the focus on the last field that can take it.
    public mutating func focusLast() {
        focus = fields.lastIndex { $0.widget.canFocus } ?? 0
    }

    /// Moves the focus `delta` focusable fields on, settling half-typed input first. Returns false,
    /// changing nothing, when that would go past either end (the screen may then leave the form).
    @discardableResult
    public mutating func moveFocus(by delta: Int) -> Bool {
        var next = focus, left = abs(delta)
        let step = delta < 0 ? -1 : 1
        while left > 0 {
            next += step
            guard fields.indices.contains(next) else { return false }
            if fields[next].widget.canFocus { left -= 1 }
        }
        commitPending()
        focus = next
        return true
    }

    /// Tab and Shift-Tab move the focus; every other key goes to the focused widget.
    public mutating func handle(_ key: Key) -> FormResponse {
        switch key {
        case .tab: return moveFocus(by: 1) ? .moved : .leftEnd
        case .backTab: return moveFocus(by: -1) ? .moved : .leftStart
        default:
            guard fields.indices.contains(focus) else { return .widget(.ignored) }
            // Changed in place: a copy of the field would make its text be copied at every key.
            return .widget(fields[focus].widget.handle(key))
        }
    }

    /// Copies every field's value into `values`.
    public func write(into values: inout Values) {
        for field in fields { field.write(into: &values) }
    }

    /// Lets every widget settle half-typed input.
    public mutating func commitPending() {
        for i in fields.indices { fields[i].widget.commitPending() }
    }

    /// Tells every widget the size text boxes are drawn at.
    public mutating func setViewport(_ size: Size) {
        for i in fields.indices { fields[i].widget.setViewport(size) }
    }
}

extension Form {
    /// Changes the widget of field `id` in place when it is a `W`.
    public mutating func update<W: FormWidget>(_ id: ID, as type: W.Type, _ change: (inout W) -> Void) {
        guard let i = index(of: id), var w = fields[i].widget as? W else { return }
        change(&w)
        fields[i].widget = w
    }
}
