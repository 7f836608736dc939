import JournalCore

/// A rating on a number scale (mood, energy, how strong a feeling is), which may be left unanswered.
///
/// Left/Right or +/- step (from unanswered they start in the middle), digits type a value
/// ("1" then "0" gives 10 on a scale that reaches 10), Home/End jump to the ends,
/// Backspace/Delete clear the answer. Letters never change it: one typed here (words meant for
/// a text box) is swallowed and a hint says how a scale is set; j/k are left to the screen,
/// which moves between fields with them. Renders as `0 ─────●──── 10  6 · okay`.
public struct Scale: Equatable, Sendable {
    /// The values allowed, e.g. 0...10 or 1...10.
    public let range: ClosedRange<Int>
    /// The chosen value, or nil when not answered.
    public var value: Int? {
        didSet { if let v = value { value = min(max(v, range.lowerBound), range.upperBound) } }
    }
    /// Optional words per value, shown after it ("6 · okay").
    public var labels: [Int: String]
    /// The digit typed just before, so "1" "0" can make 10.
    private var lastDigit: Int?
    /// True after a letter was typed here, until the next key: the hint replaces the value text.
    public private(set) var showsHint = false
    /// What the hint says.
    public static let hint = "use ←→, +/- or a number"

    /// A scale over `range`, unanswered unless `value` is given.
    public init(range: ClosedRange<Int> = 0...10, value: Int? = nil, labels: [Int: String] = [:]) {
        self.range = range
        self.labels = labels
        self.value = value.map { min(max($0, range.lowerBound), range.upperBound) }
    }

    /// Applies one key.
    public mutating func handle(_ key: Key) -> WidgetResponse {
        let before = value
        let middle = (range.lowerBound + range.upperBound + 1) / 2
        showsHint = false
        if let digit = key.digitValue {
            if let last = lastDigit, range.contains(last * 10 + digit) {
                value = last * 10 + digit
                lastDigit = nil
            } else if range.contains(digit) {
                value = digit
                lastDigit = digit
            } else {
                lastDigit = digit
                return .handled
            }
            return value == before ? .handled : .changed
        }
        lastDigit = nil
        switch key {
        case .left, .character("-"):
            value = value.map { max(range.lowerBound, $0 - 1) } ?? middle
        case .right, .character("+"), .character("="):
            value = value.map { min(range.upperBound, $0 + 1) } ?? middle
        case .home:
            value = range.lowerBound
        case .end:
            value = range.upperBound
        case .backspace, .delete:
            value = nil
        case .enter:
            return .submit
        case .character("j"), .character("k"):
            return .ignored
        case .character(let c) where c.isLetter || c.isPunctuation || c.isSymbol:
            showsHint = true
            return .handled
        default:
            return .ignored
        }
        return value == before ? .handled : .changed
    }

    /// The text after the track: "6 · okay", "6", or "not answered".
    public var valueText: String {
        guard let value else { return "not answered" }
        if let label = labels[value], !label.isEmpty { return "\(value) · \(label)" }
        return "\(value)"
    }

    /// Draws the scale on the first row of `rect`.
    public func render(on canvas: Canvas, in rect: Rect, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        let low = "\(range.lowerBound) ", high = " \(range.upperBound)"
        let count = range.count
        // The ends and the value stay whole: the words after the track shorten first
        // ("6 · okay" to "6"), then the track gets fewer cells than values.
        let room = rect.width - low.count - high.count
        let full = "  " + (showsHint && focused ? Self.hint : valueText)
        let short = "  " + (showsHint && focused ? "←→ or 0-9" : value.map(String.init) ?? "–")
        // The short value is kept over track cells: the number tells what the dot only suggests.
        let tail = room - full.displayWidth >= count ? full : (room - short.displayWidth >= 3 ? short : "")
        let cells = room - tail.displayWidth
        let step = cells >= 2 * (count - 1) + 1 ? 2 : 1
        let trackWidth = max(1, min((count - 1) * step + 1, cells))
        canvas.drawPadded("", row: rect.row, column: rect.column, width: rect.width)
        var x = rect.column
        let end = rect.column + rect.width
        func put(_ text: String, _ style: Style) {
            guard x < end else { return }
            x += canvas.draw(text, row: rect.row, column: x, width: end - x, style: style)
        }
        put(low, .plain)
        // On a track shorter than the range the dot goes to the proportional cell.
        let dot = value.map { v in
            trackWidth >= (count - 1) * step + 1 ? (v - range.lowerBound) * step
                : (v - range.lowerBound) * (trackWidth - 1) / max(1, count - 1)
        }
        var before = "", after = ""
        for i in 0..<trackWidth where i != dot {
            if let dot, i > dot { after += "─" } else { before += "─" }
        }
        put(before, value == nil ? .dim : .plain)
        if dot != nil { put("●", focused ? [.bold, .reverse] : .bold) }
        put(after, .plain)
        put(high, .plain)
        put(tail, showsHint && focused ? .bold : (value == nil ? .dim : (focused ? .bold : .plain)))
    }
}

extension Scale: FormWidget {
    public func height(for room: WidgetRoom, focused: Bool) -> Int { 1 }
    public var keyHints: [KeyHint] { [KeyHint("←→", "set")] }
    public func sitsBesideLabel(focused: Bool) -> Bool { true }
}
