import Foundation
import Testing
@testable import JournalCore

@Suite("Export and the JSON round trip")
struct ExportTests {
    static let at = LocalTimestamp(day: LocalDay(year: 2026, month: 12, day: 10), hour: 9, utcOffset: 3600)

    @Test func htmlEscapesHostileTextAndIsSelfContained() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = try FitInJournal.make(in: folder)
        let html = ExportFormat.html.render(try store.load(), exportedAt: Self.at)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("\u{1B}"))
        #expect(!html.contains("\u{202E}"))
        #expect(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; ^[[31mred^[[0m {U+202E}evil"))
        // Nothing is fetched from elsewhere: no scripts, links or remote resources.
        for outside in ["src=", "href=", "http:", "https:", "@import"] { #expect(!html.contains(outside), "\(outside)") }
        #expect(html.contains("@media print"))
        // Entries oldest first, each an article with its facts and sections.
        let acme = try #require(html.range(of: "<h2>Acme, Backend Engineer</h2>"))
        let checkin = try #require(html.range(of: "<h2>Check-in</h2>"))
        #expect(acme.lowerBound < checkin.lowerBound)
        #expect(html.contains("<dt>Reached</dt><dd>final interview</dd>"))
        #expect(html.contains("<h3>Achievements</h3><ul><li>Led the migration</li><li>Mentored two people</li></ul>"))
        #expect(html.components(separatedBy: "<article").count == 4)
    }

    @Test func htmlTextEscaping() {
        #expect(HTMLText.escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;")
        #expect(HTMLText.escape("tab\tnew\nline\u{7}\u{7F}\u{85}") == "tab\tnew\nline^G^?&lt;U+85&gt;")
        #expect(HTMLText.escape("été 🌱") == "été 🌱")
    }

    @Test func markdownIsOneDocumentWithEntriesAsChapters() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = try FitInJournal.make(in: folder)
        let md = ExportFormat.markdown.render(try store.load(), exportedAt: Self.at)
        #expect(md.hasPrefix("# Journal\n\nExported from onward on Thursday 10 December 2026, 3 entries.\n"))
        #expect(md.contains("## Friday 27 November 2026: Acme, Backend Engineer\n"))
        #expect(md.contains("- **Reached:** final interview\n"))
        #expect(md.contains("### Achievements\n\n- Led the migration\n- Mentored two people\n"))
        #expect(md.contains("#### A sub-heading"))  // the entry's own headings sit below its chapter
        #expect(md.components(separatedBy: "\n---\n").count == 4)
        // Only the document's title is a level-one heading.
        #expect(md.split(separator: "\n").filter { $0.hasPrefix("# ") }.count == 1)
    }

    @Test func jsonHasADocumentedStableShape() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = try FitInJournal.make(in: folder)
        try folder.write("journal/entries/2026/12/2026-12-09-1000-note-broken.md", Array("no front matter".utf8))
        let text = ExportFormat.json.render(try store.load(), exportedAt: Self.at)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["format_version", "generator", "exported", "entries", "unreadable"])
        #expect(json["format_version"] as? Int == 1)
        #expect(json["exported"] as? String == "2026-12-10T09:00:00+01:00")
        let entries = try #require(json["entries"] as? [[String: Any]])
        #expect(entries.map { $0["kind"] as? String } == ["reflection", "checkin", "note"])
        let first = entries[0]
        for key in ["id", "kind", "created", "updated", "day", "title", "path", "tags", "company", "role", "stage",
                    "emotions", "intensity_before", "intensity_after", "sections", "markdown"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        let sections = try #require(first["sections"] as? [[String: String]])
        #expect(sections.map { $0["heading"] } == ["Feelings", "Achievements"])
        #expect((first["markdown"] as? String)?.contains("mine: kept as written") == true)
        #expect(entries[1]["mood"] as? Int == 6)
        #expect(entries[1]["sleep_hours"] as? Double == 7.5)
        let unreadable = try #require(json["unreadable"] as? [[String: String]])
        #expect(unreadable.first?["path"] == "entries/2026/12/2026-12-09-1000-note-broken.md")
    }

    @Test func jsonExportHoldsEveryFileExactlyAndReadsBackAsTheSameEntries() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let original = try FitInJournal.make(in: folder)
        let before = try original.load()
        let text = ExportFormat.json.render(before, exportedAt: Self.at)

        let export = try JSONDecoder().decode(JSONExport.self, from: Data(text.utf8))
        #expect(Set(export.entries.map(\.summary.path)) == Set(before.entries.map(\.relativePath)))
        for stored in before.entries {
            let item = try #require(export.entries.first { $0.summary.path == stored.relativePath })
            // The file can be restored from the export: the same bytes, which read back as the same entry.
            #expect(try Array(item.markdown.utf8) == original.rawBytes(stored.relativePath))
            #expect(try EntryCodec.decode(item.markdown, fallbackID: stored.entry.id) == stored.entry)
        }
    }
}
