import JournalCore

/// The follow-ups that are due, each with a box to tick when done.
///
/// Up/Down (k/j) move; Space or Enter asks to mark the focused one done (or open again);
/// the screen writes it to the reflection and then calls `setDone`. An if-then plan for today
/// can also be answered "not today" (`n`), which writes nothing: no streak, no blame.
public struct FollowUpList: Equatable, Sendable {
    public private(set) var items: [FollowUp]
    public private(set) var cursor = 0
    /// The plans answered "not today" in this session, by position.
    public private(set) var notToday: Set<Int> = []
    /// The day "due" is measured from.
    public let today: LocalDay

    public init(items: [FollowUp], today: LocalDay) {
        self.items = items
        self.today = today
    }

    public var isEmpty: Bool { items.isEmpty }

    /// The follow-up under the cursor.
    public var focused: FollowUp? { items.indices.contains(cursor) ? items[cursor] : nil }

    /// What a key does: moves, asks to toggle the focused item (`.submit`), or is ignored.
    public mutating func handle(_ key: Key) -> WidgetResponse {
        switch key {
        case .up, .character("k"):
            guard cursor > 0 else { return .ignored }
            cursor -= 1
            return .handled
        case .down, .character("j"):
            guard cursor < items.count - 1 else { return .ignored }
            cursor += 1
            return .handled
        case .character(" "), .character("x"), .enter:
            return items.isEmpty ? .ignored : .submit
        case .character("n"):
            guard let item = focused, item.plan != nil, !item.isDone else { return .ignored }
            notToday.insert(cursor)
            return .handled
        default:
            return .ignored
        }
    }

    /// Records that a follow-up or plan was written as done (or open).
    public mutating func setDone(_ item: FollowUp, _ done: Bool) {
        if let i = items.firstIndex(where: { $0.isSame(as: item) }) {
            items[i].isDone = done
            if done { notToday.remove(i) }
        }
    }

    /// The heading over the list: follow-ups, today's plans, or both.
    public var title: String {
        let plans = items.filter { $0.plan != nil }.count
        if plans == 0 { return "Follow-ups you planned" }
        return plans == items.count ? "Your plans for today" : "Follow-ups and plans for today"
    }

    /// "due today" or "was due Wed 25 Nov": plain facts, never a reproach.
    func dueText(_ item: FollowUp) -> String {
        if item.plan != nil { return "today" }
        return item.due == today ? "due today" : "was due " + DayFormat.short(item.due, today: today)
    }

    /// One row per follow-up in `rect`.
    public func render(on canvas: Canvas, in rect: Rect, focused: Bool) {
        for (i, item) in items.prefix(rect.height).enumerated() {
            let isCursor = focused && i == cursor
            let mark = item.isDone ? "[x] " : "[ ] "
            let skipped = !item.isDone && notToday.contains(i)
            let tail = item.isDone ? " · done" : skipped ? " · not today" : " · " + dueText(item)
            let text = (isCursor ? "› " : "  ") + mark + SafeText.visible(item.note, keepNewlines: false)
            let room = rect.width - tail.displayWidth
            let line = TextWrapper.truncate(text, toWidth: max(4, room)) + tail
            canvas.drawPadded(line, row: rect.row + i, column: rect.column, width: rect.width,
                              style: isCursor ? .reverse : (item.isDone || skipped ? .dim : .plain))
        }
    }
}

extension FollowUpList: FormWidget {
    public var value: [FollowUp] {
        get { items }
        set { items = newValue; cursor = min(cursor, max(0, items.count - 1)) }
    }
    public func height(for room: WidgetRoom, focused: Bool) -> Int { items.count }
    public var keyHints: [KeyHint] {
        [KeyHint("Space", "done")] + (focused?.plan != nil ? [KeyHint("n", "not today")] : [])
    }
}
