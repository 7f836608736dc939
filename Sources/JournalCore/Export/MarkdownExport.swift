/// `onward export --format markdown`: one document, each entry a `##` chapter with its
/// facts as a short list, its sections as `###` and the headings inside them one level lower.
public enum MarkdownExport {
    public static func render(entries: [StoredEntry], exportedAt: LocalTimestamp) -> String {
        var out = "# Journal\n\nExported from onward on \(DayWords.long(exportedAt.day)), \(entries.count) \(entries.count == 1 ? "entry" : "entries").\n"
        for stored in entries {
            let e = stored.entry
            out += "\n---\n\n## \(DayWords.long(e.day)): \(line(e.displayTitle))\n\n"
            for fact in EntryFacts.of(e) { out += "- **\(line(fact.label)):** \(line(fact.text))\n" }
            out += "- **File:** `\(stored.relativePath)`\n"
            let body = body(of: e, sectionLevel: 3)
            if !body.isEmpty { out += "\n" + body + "\n" }
        }
        return out
    }

    /// The entry's preamble and sections as one Markdown text: each section a heading of
    /// `sectionLevel`, the headings inside a section moved down to sit under it.
    static func body(of e: Entry, sectionLevel: Int) -> String {
        var parts: [String] = []
        // In the file, sections are `##` and what is inside them lower: all move down alike,
        // and nothing rises to the level of the entry's own title.
        let shift = sectionLevel - 2
        if !e.preamble.isEmpty { parts.append(demote(e.preamble, by: shift, atLeast: sectionLevel)) }
        for section in e.sections {
            var part = String(repeating: "#", count: sectionLevel) + " " + oneLine(section.heading)
            if !section.body.isEmpty { part += "\n\n" + demote(section.body, by: shift, atLeast: sectionLevel + 1) }
            parts.append(part)
        }
        return HTMLText.visibleControls(parts.joined(separator: "\n\n"))
    }

    /// ATX headings `by` levels down, and to level `minimum` at least (at most level 6, as Markdown has no deeper one); lines
    /// inside fenced code are left alone.
    static func demote(_ text: String, by levels: Int, atLeast minimum: Int = 1) -> String {
        var fence = FenceTracker()
        return TextLines.split(text).map { line -> String in
            if fence.consume(line) { return String(line) }
            let hashes = line.prefix { $0 == "#" }.count
            guard hashes > 0, hashes <= 6, line.dropFirst(hashes).first.map({ $0 == " " || $0 == "\t" }) ?? true else { return String(line) }
            return String(repeating: "#", count: min(6, max(minimum, hashes + levels))) + line.dropFirst(hashes)
        }.joined(separator: "\n")
    }

    /// A value on its heading or list line, with controls made visible.
    private static func line(_ text: String) -> String { HTMLText.visibleControls(oneLine(text)) }

    /// A value that must stay on its heading or list line.
    static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
}
