import Foundation

/// `onward export --format brag`: the achievements bank as one Markdown document to draw on
/// for applications and interviews. Months are `##` headings, newest first; each achievement
/// is a bullet naming the entry it came from; the ones marked `(star)` (see `BragMark`) also
/// get a `###` STAR outline (situation, task, action, result) to fill in.
public enum BragExport {
    /// The document for these entries (any order; drafts are left out).
    public static func render(entries: [StoredEntry], exportedAt: LocalTimestamp) -> String {
        let items = Insights(entries: entries.lazy.map(\.entry), kinds: [.achievement]).items
        let byID = Dictionary(entries.map { ($0.entry.id, $0.entry) }, uniquingKeysWith: { a, _ in a })
        var out = "# Brag document\n\n"
        out += "What you have done well, gathered from your onward journal on \(DayWords.long(exportedAt.day)): "
        out += "\(items.count) \(items.count == 1 ? "achievement" : "achievements"), newest first. "
        out += "End an achievement with `(star)` in its entry to get a STAR outline for it here.\n"
        if items.isEmpty {
            out += "\nNo achievements yet. The reflection's \"Remember your value\" step and the `## Achievements` section of any entry add to this.\n"
            return out
        }
        var months: [(key: Int, items: [Insight])] = []
        for item in items {
            let key = item.day.year * 12 + item.day.month - 1
            if let last = months.last, last.key == key { months[months.count - 1].items.append(item) } else { months.append((key, [item])) }
        }
        // Entries are newest first already; a hand-dated file could break the run, so merge again.
        months = Dictionary(grouping: months, by: \.key).map { ($0.key, $0.value.flatMap(\.items)) }.sorted { $0.key > $1.key }
        for month in months {
            out += "\n## \(DayWords.months[month.key % 12]) \(month.key / 12)\n\n"
            var starred: [(Insight, String)] = []
            for item in month.items {
                let (text, isStarred) = BragMark.split(item.text)
                out += "- " + line(text) + " (from " + source(item) + ")\n"
                if isStarred { starred.append((item, text)) }
            }
            for (item, text) in starred {
                out += "\n### " + line(text) + "\n\n" + outline(item, entry: byID[item.entryID])
            }
        }
        return out
    }

    /// "Acme, Backend Engineer, reflection of Tuesday 1 December 2026, `2026-12-01-1002-reflection-acme`".
    static func source(_ item: Insight) -> String {
        line(item.title) + ", " + DayWords.long(item.day) + ", `" + item.entryID.description + "`"
    }

    /// The four STAR prompts, with what the entry already says put in where it fits.
    static func outline(_ item: Insight, entry: Entry?) -> String {
        var place = [entry?.role, entry?.company.map { "at " + $0 }].compactMap { $0 }.joined(separator: " ")
        if place.hasPrefix("at ") { place = "At" + place.dropFirst(2) }
        let situation = place.isEmpty ? "" : line(place) + ", " + DayWords.months[item.day.month - 1] + " \(item.day.year). "
        return "- **Situation:** " + situation + "What was going on, and why did it matter?\n"
            + "- **Task:** What was yours to do?\n"
            + "- **Action:** " + sentence(BragMark.split(item.text).text) + " What did you do, step by step?\n"
            + "- **Result:** What changed because of it? A number helps.\n"
    }

    /// The achievement as a sentence that ends with a stop.
    private static func sentence(_ text: String) -> String {
        let t = line(text)
        return t.last.map { ".!?".contains($0) } == true ? t : t + "."
    }

    /// A value kept on its line, controls made visible, with no heading or HTML meaning of its own.
    private static func line(_ text: String) -> String {
        HTMLText.visibleControls(MarkdownExport.oneLine(text)).replacingOccurrences(of: "<", with: "&lt;")
    }
}
