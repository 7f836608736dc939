/// Which of a screen's fields has focus; Tab moves forward and Shift-Tab back, wrapping around.
public struct FocusRing: Equatable, Sendable {
    /// How many fields there are.
    public var count: Int
    /// The focused field, 0..<count.
    public private(set) var index: Int

    /// A ring of `count` fields with `index` focused.
    public init(count: Int, index: Int = 0) {
        self.count = max(0, count)
        self.index = count > 0 ? min(max(index, 0), count - 1) : 0
    }

    /// Focuses `newIndex` (clamped).
    public mutating func focus(_ newIndex: Int) {
        index = count > 0 ? min(max(newIndex, 0), count - 1) : 0
    }

    /// Moves to the next field, wrapping.
    public mutating func next() { if count > 0 { index = (index + 1) % count } }

    /// Moves to the previous field, wrapping.
    public mutating func previous() { if count > 0 { index = (index + count - 1) % count } }

    /// Handles Tab and Shift-Tab; returns whether the key was one of them.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .tab: next(); return true
        case .backTab: previous(); return true
        default: return false
        }
    }

    /// True when field `i` has focus.
    public func isFocused(_ i: Int) -> Bool { i == index }
}
