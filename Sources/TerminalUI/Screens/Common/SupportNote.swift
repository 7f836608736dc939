import Foundation
import JournalCore

/// The one calm line shown when a rating says things are very heavy (feelings 9-10, mood
/// 1-2): it points to people, at most once for the life of the screen, never as an alarm.
public struct SupportNote: Equatable, Sendable {
    /// The person's own `support_line` setting, when they set one.
    public var supportLine: String?
    /// The sentence to show now, or nil.
    public private(set) var text: String?
    /// True once the note was offered; it is not offered again.
    public private(set) var offered = false

    public init(supportLine: String? = nil) {
        self.supportLine = supportLine
    }

    /// Offers the note the first time `heavy` is true; returns true when it did so now.
    @discardableResult
    public mutating func check(heavy: Bool) -> Bool {
        guard heavy, !offered else { return false }
        offered = true
        text = Self.sentence(supportLine: supportLine)
        return true
    }

    /// Hides the note (it is still not offered again).
    public mutating func dismiss() { text = nil }

    /// The words: the person's own support line when set, else a plain invitation to talk.
    public static func sentence(supportLine: String?) -> String {
        let opening = "That sounds really heavy. You don't have to hold it alone"
        if let line = supportLine?.trimmingCharacters(in: .whitespacesAndNewlines), !line.isEmpty {
            let shown = SafeText.visible(line, keepNewlines: false)
            return opening + ": " + shown + (".!?".contains(shown.last ?? " ") ? "" : ".")
        }
        return opening + "; if you can, talk to someone you trust today."
    }

    /// A feelings strength that counts as very heavy (0-10 scale).
    public static func isHeavy(intensity: Int?) -> Bool { (intensity ?? 0) >= 9 }

    /// A mood that counts as very low (1-10 scale).
    public static func isHeavy(mood: Int?) -> Bool { mood.map { $0 <= 2 } ?? false }

    /// The note wrapped to `width`, at most two lines (the second cut with "…").
    public func lines(width: Int) -> [String] {
        guard let text, width > 0 else { return [] }
        let wrapped = TextWrapper.lines(text, width: width)
        guard wrapped.count > 2 else { return wrapped }
        return [wrapped[0], TextWrapper.truncate(wrapped[1...].joined(separator: " "), toWidth: width)]
    }

    /// How many rows the note takes at `width` (0 when hidden).
    public func rows(width: Int) -> Int { lines(width: width).count }

    /// Draws the note on the rows just above row `bottom`.
    public func render(on canvas: Canvas, above bottom: Int, left: Int, width: Int) {
        let shown = lines(width: width)
        for (n, line) in shown.enumerated() where bottom - shown.count + n >= 0 {
            canvas.draw(line, row: bottom - shown.count + n, column: left, width: width, style: .bold)
        }
    }
}
