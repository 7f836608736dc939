/// Cuts a Markdown body into `TextItem`s and joins them again; `join(split(text))` gives the
/// text back unchanged, so a merge that keeps every item rewrites nothing.
enum TextItems {
    /// The items of `text`, in order.
    static func split(_ text: String) -> [TextItem] {
        var items: [TextItem] = []
        var current: [Substring] = []
        var kind = TextItem.Kind.paragraph
        var blanks: [Substring] = []
        var lead: [Substring] = []
        var fence = FenceTracker()
        var inFence = false

        func finish() {
            guard !current.isEmpty else { return }
            items.append(TextItem(text: current.joined(separator: "\n"), blankLinesBefore: lead, kind: kind))
            current = []
        }
        func start(_ line: Substring, as newKind: TextItem.Kind) {
            finish()
            lead = blanks
            blanks = []
            current = [line]
            kind = newKind
        }

        for line in TextLines.split(text) {
            let fenced = fence.consume(line)
            if inFence {
                // Still inside the block (blank lines too), or its closing line.
                if fenced { current += blanks + [line]; blanks = []; continue }
                inFence = false
            }
            if fenced {
                // An opening fence indented under a list item belongs to that item.
                if kind == .listItem, !current.isEmpty, isIndented(line) { current += blanks + [line]; blanks = [] }
                else { start(line, as: .fence) }
                inFence = true
                continue
            }
            if TextLines.isBlank(line) {
                blanks.append(line)
                continue
            }
            if isHeading(line) {
                start(line, as: .heading)
                finish()
            } else if isListMarker(line) {
                start(line, as: .listItem)
            } else if kind == .listItem, !current.isEmpty, isIndented(line) || blanks.isEmpty {
                // An indented line (after blank lines too) or a lazy line continues the item.
                current += blanks + [line]
                blanks = []
            } else if kind == .paragraph, !current.isEmpty, blanks.isEmpty {
                current.append(line)
            } else {
                start(line, as: .paragraph)
            }
        }
        finish()
        return items
    }

    /// The text of `items`: each with the blank lines it had before it, and one blank line where
    /// two items would otherwise run together into one when read again.
    static func join(_ items: [TextItem]) -> String {
        var out = ""
        for (i, item) in items.enumerated() {
            if i > 0 {
                out += "\n"
                var lead = item.blankLinesBefore
                if lead.isEmpty, needsBlankLine(after: items[i - 1], before: item) { lead = [""] }
                for line in lead { out += line + "\n" }
            }
            out += item.text
        }
        return out
    }

    /// A paragraph right after a paragraph or a list item would be read as part of it.
    private static func needsBlankLine(after previous: TextItem, before item: TextItem) -> Bool {
        switch item.kind {
        case .paragraph: return previous.kind == .paragraph || previous.kind == .listItem
        case .listItem, .heading, .fence: return previous.kind == .fence && item.kind == .fence
        }
    }

    private static func isIndented(_ line: Substring) -> Bool { line.first == " " || line.first == "\t" }

    /// `# x` to `###### x` (up to three spaces before).
    private static func isHeading(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3 else { return false }
        let hashes = trimmed.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return false }
        let after = trimmed.dropFirst(hashes.count).first
        return after == nil || after == " " || after == "\t"
    }

    /// `- x`, `* x`, `+ x`, `1. x` or `1) x`, indented or not.
    private static func isListMarker(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if let first = trimmed.first, "-*+".contains(first) {
            let after = trimmed.dropFirst().first
            return after == " " || after == "\t"
        }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return false }
        let rest = trimmed.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return false }
        let after = rest.dropFirst().first
        return after == nil || after == " " || after == "\t"
    }
}
