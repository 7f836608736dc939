import JournalCore

/// A date input that starts at "today" (given by the caller) and moves by day or takes typed YYYY-MM-DD.
///
/// Up or "+" is a day later, Down or "-" a day earlier, "t" is today. Typing digits starts
/// an entry (dashes are added after the year and month); it is checked when complete or on
/// Enter, and an impossible date shows an error instead of being accepted. Esc or Backspace
/// past the start abandons the entry. The widget never reads the clock.
public struct DateField: Equatable, Sendable {
    /// The chosen date (always valid).
    public private(set) var date: LocalDay
    /// The day the caller says is today.
    public let today: LocalDay
    /// Text being typed, or nil when not typing.
    public private(set) var typing: String?
    /// Why the typed text was not accepted, or nil.
    public private(set) var error: String?

    /// A field showing `date` (or `today` when nil or invalid).
    public init(today: LocalDay, date: LocalDay? = nil) {
        self.today = today
        self.date = (date?.isValid == true ? date : nil) ?? today
    }

    /// A field whose today is `year`-`month`-`day`.
    public init(year: Int, month: Int, day: Int) {
        self.init(today: LocalDay(year: year, month: month, day: day))
    }

    /// True when nothing half-typed or wrong is pending.
    public var isSettled: Bool { typing == nil }

    /// Sets the date directly (ignored if invalid) and drops any typing.
    public mutating func set(_ newDate: LocalDay) {
        guard newDate.isValid else { return }
        date = newDate
        typing = nil
        error = nil
    }

    /// Tries to accept what is being typed; returns false (and sets `error`) if it is not a date.
    @discardableResult
    public mutating func commitTyping() -> Bool {
        guard let text = typing else { return true }
        if let parsed = LocalDay(parsing: text) {
            date = parsed
            typing = nil
            error = nil
            return true
        }
        error = text.count < 10 ? "Type the whole date, like \(today)" : "\(text) is not a date on the calendar"
        return false
    }

    /// Applies one key.
    public mutating func handle(_ key: Key) -> WidgetResponse {
        if var text = typing {
            switch key {
            case .character(let c) where (c.isASCII && c.isNumber) || c == "-":
                guard text.count < 10 else { return .handled }
                if c != "-" && (text.count == 4 || text.count == 7) { text += "-" }
                text.append(c)
                typing = text
                error = nil
                if text.count == 10 { return commitTyping() ? .changed : .handled }
                return .handled
            case .backspace:
                text.removeLast()
                typing = text.isEmpty ? nil : text
                error = nil
                return .handled
            case .escape:
                typing = nil
                error = nil
                return .handled
            case .enter:
                return commitTyping() ? .changed : .handled
            default:
                break  // other keys act on the date and drop the half-typed text
            }
        }
        let before = date
        switch key {
        case .character(let c) where c.isASCII && c.isNumber:
            typing = String(c)
            error = nil
            return .handled
        case .up, .right, .character("+"), .character("="):
            date = date.adding(days: 1)
        case .down, .left, .character("-"):
            date = date.adding(days: -1)
        case .character("t"):
            date = today
        case .enter:
            return .submit
        default:
            return .ignored
        }
        typing = nil
        error = nil
        return date == before ? .handled : .changed
    }

    /// Draws "2024-05-14 (today)" or the typing in progress, and any error on the next row.
    public func render(on canvas: Canvas, in rect: Rect, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        canvas.drawPadded("", row: rect.row, column: rect.column, width: rect.width)
        let fieldStyle: Style = focused ? .underline : .plain
        var x = rect.column
        if let text = typing {
            let template = "YYYY-MM-DD"
            x += canvas.draw(text, row: rect.row, column: x, width: rect.width, style: fieldStyle)
            let rest = String(template.dropFirst(text.count))
            canvas.draw(rest, row: rect.row, column: x, width: rect.column + rect.width - x, style: fieldStyle.union(.dim))
            if focused { canvas.setCursor(Position(row: rect.row, column: min(x, rect.column + rect.width - 1))) }
        } else {
            x += canvas.draw(date.description, row: rect.row, column: x, width: rect.width, style: fieldStyle)
            let note = date == today ? "  today" : ""
            canvas.draw(note, row: rect.row, column: x, width: rect.column + rect.width - x, style: .dim)
            if focused { canvas.setCursor(nil) }
        }
        if let error {
            if rect.height > 1 {
                canvas.drawPadded(error, row: rect.row + 1, column: rect.column, width: rect.width, style: .bold)
            } else {
                let used = min(x + 2, rect.column + rect.width)
                canvas.draw(error, row: rect.row, column: used, width: rect.column + rect.width - used, style: .bold)
            }
        } else if rect.height > 1 {
            canvas.drawPadded("", row: rect.row + 1, column: rect.column, width: rect.width)
        }
    }
}

extension DateField: FormWidget {
    public var value: LocalDay {
        get { date }
        set { set(newValue) }
    }
    public func height(for room: WidgetRoom, focused: Bool) -> Int { 1 }
    public var keyHints: [KeyHint] { [KeyHint("+/-", "day")] }
    public func sitsBesideLabel(focused: Bool) -> Bool { true }
}
