import Foundation

/// Splits an entry's Markdown body into title, preamble and `## ` sections, ignoring
/// headings inside fenced code blocks.
enum BodyParser {
    static func parse(_ lines: ArraySlice<Substring>, into entry: inout Entry) {
        var rest = lines.drop(while: { TextLines.isBlank($0) })
        // A bare "# " is no title: it stays in the text, since the writer never writes an empty title.
        if let first = rest.first, first.hasPrefix("# "), case let title = first.dropFirst(2).trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty {
            entry.title = title
            rest = rest.dropFirst()
        }
        var preamble: [Substring] = []
        var sections: [(String, [Substring])] = []
        var fence = FenceTracker()
        for line in rest {
            let inFence = fence.consume(line)
            // Most lines do not start with `#`: a byte test spares them the `Character` checks.
            if !inFence, line.utf8.first == 0x23, line.hasPrefix("## ") || line.trimmingTrailingSpaces() == "##" {
                // Newlines too: a CR left at the end of a heading would vanish when the file is read back.
                sections.append((line.dropFirst(2).trimmingCharacters(in: .whitespacesAndNewlines), []))
            } else if sections.isEmpty {
                preamble.append(line)
            } else {
                sections[sections.count - 1].1.append(line)
            }
        }
        entry.preamble = Entry.trimBlankLines(preamble)
        entry.sections = sections.map { Section(heading: $0.0, body: Entry.trimBlankLines($0.1)) }
    }
}
