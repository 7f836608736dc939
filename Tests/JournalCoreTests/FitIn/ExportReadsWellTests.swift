import Foundation
import Testing
@testable import JournalCore

/// The HTML and Markdown exports render Markdown as Markdown means it and keep every field.
@Suite("Export that reads well")
struct ExportReadsWellTests {
    static let at = LocalTimestamp(day: LocalDay(year: 2026, month: 12, day: 10), hour: 9, utcOffset: 3600)

    static func entries() -> [StoredEntry] {
        let t = LocalTimestamp(day: LocalDay(year: 2026, month: 11, day: 27), hour: 14, minute: 5, utcOffset: 3600)
        var r = Entry(id: EntryID("2026-11-27-1405-reflection-acme"), kind: .reflection, created: t)
        r.company = "Acme"
        r.stage = .finalInterview
        r.rejectedOn = LocalDay(year: 2026, month: 11, day: 27)
        r.delivery = "email"
        r.goalApplications = 5
        r.goalContacts = 2
        r.followUp = LocalDay(year: 2026, month: 12, day: 4)
        r.followUpNote = "ask Acme for feedback"
        r.sections = [
            Section(heading: "Lessons", body: "### Keep\n- Telling the outage story\n\n### Change\n1. Numbers in the design story\n2. Slow down"),
            Section(heading: "Feelings", body: "It stings.\nIt will pass.\n\nA *new* paragraph with `code <b>`."),
        ]
        var c = Entry(id: EntryID("2026-11-28-0810-checkin"), kind: .checkin, created: t)
        c.mood = 6
        c.applications = 3
        c.contacts = 1
        c.learning = 2
        c.sleepHours = 7
        return [r, c].map { StoredEntry(entry: $0, relativePath: "entries/2026/11/\($0.id).md", size: 0, modified: 0) }
    }

    @Test func htmlRendersEveryHeadingListAndParagraph() {
        let html = HTMLExport.render(entries: Self.entries(), exportedAt: Self.at)
        #expect(!html.contains("### "))
        #expect(!html.contains("##"))
        #expect(html.contains("<h3>Lessons</h3><h4>Keep</h4><ul><li>Telling the outage story</li></ul>"))
        #expect(html.contains("<h4>Change</h4><ol><li>Numbers in the design story</li><li>Slow down</li></ol>"))
        #expect(html.contains("<p>It stings. It will pass.</p><p>A <em>new</em> paragraph with <code>code &lt;b&gt;</code>.</p>"))
    }

    @Test func bothUseTheScreensLabelsAndKeepEveryField() {
        let html = HTMLExport.render(entries: Self.entries(), exportedAt: Self.at)
        let md = MarkdownExport.render(entries: Self.entries(), exportedAt: Self.at)
        for (label, value) in [("Reached", "final interview"), ("Heard on", "Friday 27 November 2026"), ("How it came", "email"),
                               ("This week", "5 applications, 2 people to contact"),
                               ("Follow up", "ask Acme for feedback by Friday 4 December 2026"),
                               ("Kind", "check-in"), ("Applications sent", "3"), ("People contacted", "1"),
                               ("Learning (sessions)", "2"), ("Hours of sleep", "7"), ("Mood", "6/10")] {
            #expect(html.contains("<dt>\(label)</dt><dd>\(value)</dd>"), "\(label)")
            #expect(md.contains("- **\(label):** \(value)\n"), "\(label)")
        }
        #expect(md.contains("### Lessons\n\n#### Keep\n- Telling the outage story"))
        #expect(html.contains("<dt>Written</dt><dd>Friday 27 November 2026, 14:05</dd>"))
    }

    @Test func markupAndLinksAPersonWroteStayText() {
        var e = Entry(id: EntryID("2026-11-27-1405-note"), kind: .note, created: Self.at)
        e.preamble = "---\n<img src=x onerror=alert(1)> [job](javascript:alert(1)) ![p](https://example.com/p.png)\n\n<div>raw</div>"
        let html = HTMLExport.blocks(MarkdownExport.body(of: e, sectionLevel: 3))
        for bad in ["<img", "<div", "href=", "<a "] { #expect(!html.contains(bad), "\(bad)") }
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("[job](javascript:alert(1))"))
        #expect(html.contains("&lt;div&gt;raw&lt;/div&gt;"))
    }

    @Test func headingsMoveDownButNeverPastSixNorInsideCode() {
        #expect(MarkdownExport.demote("# a\n###### b\n```\n# code\n```\n#tag", by: 1) == "## a\n###### b\n```\n# code\n```\n#tag")
        #expect(MarkdownExport.demote("# a", by: 0, atLeast: 3) == "### a")
    }
}
