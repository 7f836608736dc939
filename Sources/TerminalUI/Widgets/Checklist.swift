import JournalCore

/// A multi-select list with an "Other:" line for the person's own words (for emotions).
///
/// Up/Down (or k/j on the items) move, Space toggles, Enter on an item submits. On the
/// "Other:" line keys go to a text field; Enter there turns its comma-separated words into
/// new checked items ("betrayed, tired" adds both). Words still typed there but not yet
/// added count as chosen too, so nothing typed is lost if the person moves on.
public struct Checklist: Equatable, Sendable {
    /// The items, in order (the person's own words are appended).
    public private(set) var items: [String]
    /// Which items are checked.
    public private(set) var checked: Set<Int>
    /// The focused row: an item index, or `items.count` for the "Other:" line.
    public private(set) var cursor = 0
    /// The free-text entry on the last line.
    public var other: TextField
    /// The label before the free-text entry.
    public var otherLabel: String

    /// A checklist of `items` with those in `checked` ticked (matched by name, case-insensitively;
    /// names not in `items` are added).
    public init(items: [String], checked: [String] = [], otherLabel: String = "Other:",
                otherPlaceholder: String = "your own words, separated by commas") {
        self.items = items
        self.checked = []
        self.other = TextField(placeholder: otherPlaceholder)
        self.otherLabel = otherLabel
        for name in checked { add(name) }
    }

    /// True when the "Other:" line has focus.
    public var isOnOtherLine: Bool { cursor == items.count }

    /// Checked items in list order, then words typed on the "Other:" line but not yet added.
    public var selectedItems: [String] {
        var result = items.indices.filter { checked.contains($0) }.map { items[$0] }
        for word in Self.words(in: other.text) where !result.contains(where: { Self.same($0, word) }) {
            result.append(word)
        }
        return result
    }

    /// Whether the item named `name` is checked.
    public func isChecked(_ name: String) -> Bool {
        items.indices.contains { checked.contains($0) && Self.same(items[$0], name) }
    }

    /// Checks the item named `name`, adding it at the end if new.
    public mutating func add(_ name: String) {
        let name = name.trimmingSpaces
        guard !name.isEmpty else { return }
        if let i = items.firstIndex(where: { Self.same($0, name) }) {
            checked.insert(i)
        } else {
            items.append(name)
            checked.insert(items.count - 1)
            if cursor == items.count - 1 { cursor += 1 }  // stay on the "Other:" line
        }
    }

    /// Turns the words on the "Other:" line into checked items and empties it.
    public mutating func commitOther() {
        for word in Self.words(in: other.text) { add(word) }
        other.text = ""
    }

    /// Applies one key.
    public mutating func handle(_ key: Key) -> WidgetResponse {
        if isOnOtherLine {
            switch key {
            case .up:
                cursor = max(0, cursor - 1)
                return .handled
            case .enter:
                guard !other.text.trimmingSpaces.isEmpty else { return .submit }
                commitOther()
                return .changed
            default:
                return other.handle(key)
            }
        }
        switch key {
        case .up, .character("k"):
            cursor = max(0, cursor - 1)
        case .down, .character("j"):
            cursor = min(items.count, cursor + 1)
        case .home:
            cursor = 0
        case .end:
            cursor = items.count
        case .character(" "):
            if checked.contains(cursor) { checked.remove(cursor) } else { checked.insert(cursor) }
            return .changed
        case .enter:
            return .submit
        case .character(let c) where !c.isWhitespace && !(c.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false):
            // Typing on the items starts one of the person's own on the "Other:" line rather
            // than vanishing (j and k still move, as in every list).
            cursor = items.count
            return other.handle(key)
        default:
            return .ignored
        }
        return .handled
    }

    /// Draws "[x] item" rows and the "Other:" line in `rect`, scrolled so the cursor is visible,
    /// with a row saying how many items are above or below when they do not all fit.
    public func render(on canvas: Canvas, in rect: Rect, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        let window = ScrollWindow(showing: cursor, height: rect.height, count: items.count + 1)
        canvas.fill(rect)
        window.renderMarkers(on: canvas, in: rect)
        for (i, index) in window.shown.enumerated() {
            let row = rect.row + window.firstRow + i
            if index < items.count {
                let mark = checked.contains(index) ? "[x] " : "[ ] "
                let isCursor = focused && index == cursor
                let prefix = isCursor ? "› " : "  "
                canvas.drawPadded(prefix + mark + SafeText.visible(items[index], keepNewlines: false),
                                  row: row, column: rect.column, width: rect.width,
                                  style: isCursor ? .reverse : .plain)
            } else {
                let label = (focused && isOnOtherLine ? "› " : "  ") + otherLabel + " "
                let used = canvas.draw(label, row: row, column: rect.column, width: rect.width,
                                       style: focused && isOnOtherLine ? .bold : .plain)
                let field = Rect(row: row, column: rect.column + used, width: rect.width - used, height: 1)
                other.render(on: canvas, in: field, focused: focused && isOnOtherLine)
            }
        }
    }

    /// The non-empty, trimmed comma-separated words of `text`.
    static func words(in text: String) -> [String] {
        text.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// Item names compare without regard to case.
    static func same(_ a: String, _ b: String) -> Bool { a.lowercased() == b.lowercased() }
}

extension String {
    /// This string without leading and trailing whitespace (plain Swift, no Foundation).
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}

extension Checklist: FormWidget {
    /// The ticked items; setting it ticks exactly these (adding any that are new).
    public var value: [String] {
        get { selectedItems }
        set {
            checked = []
            for name in newValue { add(name) }
        }
    }
    /// The items and the "Other:" line, cut to the room when focused (it scrolls inside).
    public func height(for room: WidgetRoom, focused: Bool) -> Int { room.listRows(items.count + 1, focused: focused) }
    /// Folded to the ticked items without focus.
    public var collapsedSummary: String? { selectedItems.isEmpty ? "—" : selectedItems.joined(separator: ", ") }
    @inline(never)
    public var takesText: Bool { isOnOtherLine }
    public var keyHints: [KeyHint] { [KeyHint("Space", "tick")] }
    public func sitsBesideLabel(focused: Bool) -> Bool { !focused }
    public mutating func commitPending() { if !other.text.isEmpty { commitOther() } }
}
