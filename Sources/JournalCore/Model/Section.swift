import Foundation

/// One `## Heading` of an entry's body and the text under it, kept as written.
public struct Section: Equatable, Sendable {
    public var heading: String
    /// The lines under the heading, without leading or trailing blank lines.
    public var body: String

    public init(heading: String, body: String) {
        self.heading = heading
        self.body = body
    }

    /// The items of the Markdown bullet lists in this section (`- `, `* ` or `+ `), with
    /// indented continuation lines joined to their item.
    public var bullets: [String] {
        var items: [String] = []
        var fence = FenceTracker()
        // A blank line ends an item unless the next line is indented (a lazy continuation is not).
        for line in TextLines.split(body) {
            if fence.consume(line) { continue }
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if let marker = trimmed.first, "-*+".contains(marker),
               let after = trimmed.dropFirst().first, after == " " || after == "\t",
               !Self.isThematicBreak(trimmed) {
                let text = trimmed.dropFirst(2).trimmedOfSpaces()
                if !text.isEmpty { items.append(text) }
            } else if !trimmed.isEmpty, line.first == " " || line.first == "\t", !items.isEmpty, !trimmed.hasPrefix("#") {
                items[items.count - 1] += " " + trimmed.trimmedOfSpaces()
            }
        }
        return items
    }

    /// `* * *` or `- - -`: a horizontal rule, not a list of empty items.
    private static func isThematicBreak(_ line: Substring) -> Bool {
        guard let marker = line.first else { return false }
        var count = 0
        for c in line {
            if c == marker { count += 1 } else if c != " " && c != "\t" { return false }
        }
        return count >= 3
    }
}
