/// `onward export --format markdown`: one document, each entry a `##` chapter with its
/// facts as a short list and its own headings moved one level down.
public enum MarkdownExport {
    public static func render(entries: [StoredEntry], exportedAt: LocalTimestamp) -> String {
        var out = "# Journal\n\nExported from onward on \(exportedAt.day), \(entries.count) \(entries.count == 1 ? "entry" : "entries").\n"
        for stored in entries {
            let e = stored.entry
            out += "\n---\n\n## \(e.day): \(oneLine(e.displayTitle))\n\n"
            for fact in EntryFacts.of(e) { out += "- **\(fact.label):** \(oneLine(fact.text))\n" }
            out += "- **File:** `\(stored.relativePath)`\n"
            if !e.preamble.isEmpty { out += "\n" + demote(e.preamble) + "\n" }
            for section in e.sections {
                out += "\n### \(oneLine(section.heading))\n"
                if !section.body.isEmpty { out += "\n" + demote(section.body) + "\n" }
            }
        }
        return out
    }

    /// Headings inside an entry go two levels down so they sit under its `##` title.
    private static func demote(_ text: String) -> String {
        TextLines.split(text).map { line in
            line.hasPrefix("#") ? "##" + line : String(line)
        }.joined(separator: "\n")
    }

    /// A value that must stay on its heading or list line.
    private static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
}

import Foundation
