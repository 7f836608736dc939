import Testing
import Ink
@testable import JournalCore

@Suite("Brag document export")
struct BragExportTests {
    private func entry(_ time: String, kind: EntryKind = .reflection, company: String? = nil, role: String? = nil,
                       achievements: String, status: EntryStatus? = nil) throws -> StoredEntry {
        let t = try timestamp(time)
        var e = Entry(id: EntryID.make(at: t, kind: kind, slugSource: company), kind: kind, created: t)
        e.company = company
        e.role = role
        e.title = company ?? "A note"
        e.status = status
        e.sections = [Section(heading: "Achievements", body: achievements), Section(heading: "Lessons", body: "- not in the brag")]
        return StoredEntry(entry: e, relativePath: "entries/x/\(e.id).md", size: 0, modified: 0)
    }

    private func sample() throws -> [StoredEntry] {
        try [
            entry("2026-11-03T10:00:00+01:00", kind: .note, achievements: "- Gave a talk at the meetup"),
            entry("2026-12-01T10:02:00+01:00", company: "Acme", role: "Backend Engineer",
                  achievements: "- Led the migration of billing with no downtime (star)\n- Mentored two juniors"),
            entry("2026-12-02T09:00:00+01:00", company: "Draft", achievements: "- hidden (star)", status: "draft"),
            entry("2026-11-20T10:00:00+01:00", company: "Globex", achievements: "- Shipped the <script>alert(1)</script> fix \u{1B}[2J(STAR)"),
        ]
    }

    private func headings(_ html: String, level: Int) -> [String] {
        var found: [String] = []
        var rest = Substring(html)
        while let open = rest.range(of: "<h\(level)>"), let close = rest.range(of: "</h\(level)>", range: open.upperBound..<rest.endIndex) {
            found.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return found
    }

    @Test func parsedAsMarkdownItHasOneTitleMonthsNewestFirstAndAStarOutlinePerMark() throws {
        let text = BragExport.render(entries: try sample(), exportedAt: try timestamp("2026-12-05T12:00:00+01:00"))
        let html = MarkdownParser().html(from: text)
        #expect(headings(html, level: 1) == ["Brag document"])
        #expect(headings(html, level: 2) == ["December 2026", "November 2026"])
        let stars = headings(html, level: 3)
        #expect(stars.count == 2)
        #expect(stars.first == "Led the migration of billing with no downtime")
        // Markup a person typed stays text, and no escape code survives.
        #expect(stars.last?.contains("&lt;script") == true)
        #expect(!html.contains("<script>"))
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("hidden"))
        #expect(!text.contains("not in the brag"))
        #expect(!text.contains("downtime (star)") && !text.contains("(STAR)"))
    }

    @Test func eachAchievementNamesItsEntryAndTheOutlineUsesWhatTheEntrySays() throws {
        let text = BragExport.render(entries: try sample(), exportedAt: try timestamp("2026-12-05T12:00:00+01:00"))
        #expect(text.contains("- Led the migration of billing with no downtime (from Acme, Backend Engineer, Tuesday 1 December 2026, `2026-12-01-1002-reflection-acme`)"))
        #expect(text.contains("- Gave a talk at the meetup (from A note, Tuesday 3 November 2026,"))
        #expect(text.contains("- **Situation:** Backend Engineer at Acme, December 2026."))
        #expect(text.contains("- **Situation:** At Globex, November 2026."))
        #expect(text.contains("- **Action:** Led the migration of billing with no downtime. What did you do"))
        for part in ["Situation", "Task", "Action", "Result"] {
            #expect(text.components(separatedBy: "- **\(part):**").count == 3)
        }
        #expect(text.contains("3 achievements") == false)
        #expect(text.contains("4 achievements"))
    }

    @Test func anEmptyBankSaysWhereAchievementsComeFrom() throws {
        let text = BragExport.render(entries: [], exportedAt: try timestamp("2026-12-05T12:00:00+01:00"))
        #expect(text.contains("No achievements yet."))
        #expect(headings(MarkdownParser().html(from: text), level: 2).isEmpty)
    }

    @Test func theMarkIsOnlyAtTheEnd() {
        #expect(BragMark.split("Led it (star)") == ("Led it", true))
        #expect(BragMark.split("Led it ★") == ("Led it", true))
        #expect(BragMark.split("(star) at the start") == ("(star) at the start", false))
        #expect(BragMark.split("(star)") == ("(star)", false))
    }
}
