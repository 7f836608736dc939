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
        var inFence = false
        for rawLine in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix("```") { inFence.toggle(); continue }
            if inFence { continue }
            if let marker = trimmed.first, "-*+".contains(marker), trimmed.dropFirst().first == " " {
                let text = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces)
                if !text.isEmpty { items.append(text) }
            } else if !trimmed.isEmpty, line.first == " " || line.first == "\t", !items.isEmpty, !trimmed.hasPrefix("#") {
                items[items.count - 1] += " " + trimmed.trimmingCharacters(in: .whitespaces)
            }
        }
        return items
    }
}

import Foundation
