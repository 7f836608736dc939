import Foundation

/// One line of an application's `## Timeline`: `- 2026-11-24 screen: call with Priya`.
///
/// The line is read leniently, since people edit it by hand: a line without a date is kept as
/// an undated event, and the word before the colon is optional.
public struct TimelineEvent: Equatable, Sendable {
    public var day: LocalDay?
    /// What happened in one word, e.g. `applied`, `interview`, `feedback`, `rejected`.
    public var what: String?
    public var text: String

    public init(day: LocalDay?, what: String?, text: String = "") {
        self.day = day
        self.what = what
        self.text = text
    }

    /// Reads one bullet item (without its `- `).
    public init(parsing item: String) {
        var rest = Substring(item)
        if rest.utf8.count >= 10, let day = LocalDay(parsing: rest.prefix(10)),
           rest.utf8.count == 10 || rest.dropFirst(10).first == " " {
            self.day = day
            rest = rest.dropFirst(10)
        } else {
            self.day = nil
        }
        rest = rest.drop(while: { $0 == " " })
        if let colon = rest.firstIndex(of: ":"), !rest[..<colon].isEmpty, !rest[..<colon].contains(" ") {
            what = String(rest[..<colon]).lowercased()
            text = rest[rest.index(after: colon)...].trimmedOfSpaces()
        } else if !rest.isEmpty, !rest.contains(" ") {
            what = rest.lowercased()
            text = ""
        } else {
            what = nil
            text = String(rest)
        }
    }

    /// The bullet item as onward writes it, on one line.
    public var line: String {
        var out = day?.description ?? ""
        if let what, !what.isEmpty { out += (out.isEmpty ? "" : " ") + what + (text.isEmpty ? "" : ":") }
        let oneLine = TimelineEvent.oneLine(text)
        if !oneLine.isEmpty { out += (out.isEmpty ? "" : " ") + oneLine }
        return out
    }

    /// Whether this event is word from the other side: a later stage, feedback or an outcome
    /// they decided (a withdrawal is the person's own step, and a note is not an answer).
    public var isAnswer: Bool {
        guard let what else { return false }
        if let stage = Stage(rawValue: what) { return stage != .applied }
        return ["feedback", "rejected", "accepted", "declined", "offer"].contains(what)
    }

    /// Newlines and tabs become spaces, so an event stays one line of the list.
    static func oneLine(_ text: String) -> String {
        var out = ""
        var lastWasSpace = false
        for c in text.trimmingCharacters(in: .whitespacesAndNewlines) {
            if c.isNewline || c == "\t" {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(c)
                lastWasSpace = c == " "
            }
        }
        return out
    }
}
