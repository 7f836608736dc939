import Foundation

/// One "When ..., I will ..." bullet of a reflection's `## Plans`, with its optional day
/// written in brackets at the end and an optional `[x]` mark once the check-in heard it happened.
///
/// `- When I open my laptop on Monday, I will send one application (2026-12-07)`
/// `- [x] When I open my laptop on Monday, I will send one application (2026-12-07)`
public struct IfThenPlan: Equatable, Sendable {
    /// The plan's words, without the mark and the day.
    public var text: String
    /// The day it belongs to, when one was written.
    public var day: LocalDay?
    /// True once it was marked as done.
    public var isDone: Bool

    public init(text: String, day: LocalDay? = nil, isDone: Bool = false) {
        self.text = text
        self.day = day
        self.isDone = isDone
    }

    /// Reads one bullet's text (without its `- `); nil when nothing is left to plan.
    public init?(bullet: String) {
        var rest = Substring(bullet.trimmingCharacters(in: .whitespaces))
        var done = false
        for mark in ["[x] ", "[X] "] where rest.hasPrefix(mark) { done = true; rest = rest.dropFirst(mark.count) }
        if rest.hasPrefix("[ ] ") { rest = rest.dropFirst(4) }
        var day: LocalDay?
        let trimmed = rest.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("),
           let parsed = LocalDay(parsing: trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
               .trimmingCharacters(in: .whitespaces)), parsed.isValid {
            day = parsed
            rest = Substring(trimmed[..<open])
        }
        let text = rest.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        self.init(text: text, day: day, isDone: done)
    }

    /// The bullet's text as saved (without the `- `).
    public var bulletText: String {
        (isDone ? "[x] " : "") + text + (day.map { " (\($0))" } ?? "")
    }
}
