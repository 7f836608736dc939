import Foundation
import Testing
@testable import JournalCore

@Suite("jrnl import")
struct JrnlImportTests {
    static let sample = """
    Some text before the first entry is not an entry.
    [2024-03-01 09:15] First day of the search @jobs
    Sent three applications. Felt @hopeful.

    Second paragraph.

    [2024-03-02 06:30 PM] Coffee with Sam *
    [2024-03-03 07:05:09] Rejected by @Globex after the final round
    It stings.
    [not a date] just body text
    """

    @Test func parsesDateLinesTitlesBodiesTagsAndStars() {
        let entries = JrnlParser.parse(Self.sample)
        #expect(entries.count == 3)
        #expect(entries[0].title == "First day of the search @jobs")
        #expect(entries[0].body == "Sent three applications. Felt @hopeful.\n\nSecond paragraph.")
        #expect(entries[0].tags == ["jobs", "hopeful"])
        #expect(entries[0].line == 2)
        #expect(entries[1].hour == 18 && entries[1].minute == 30)
        #expect(entries[1].starred)
        #expect(entries[1].title == "Coffee with Sam")
        #expect(entries[1].body.isEmpty)
        #expect(entries[2].hour == 7 && entries[2].minute == 5)
        #expect(entries[2].tags == ["globex"])
        #expect(entries[2].body == "It stings.\n[not a date] just body text")
        #expect(JrnlParser.parse("[2024-02-30 10:00] no such day\n").isEmpty)
        #expect(JrnlParser.parse("[2024-03-01 25:00] no such hour\n").isEmpty)
        // 12 AM is midnight.
        #expect(JrnlParser.parse("[2024-03-01 12:10 AM] late\n").first?.hour == 0)
    }

    @Test func fingerprintIsStableAndDependsOnTheText() {
        let a = JrnlParser.parse("[2024-03-01 09:15] Title\nBody\n")[0]
        #expect(a.fingerprint == JrnlParser.parse("[2024-03-01 09:15] Title\nBody\n\n")[0].fingerprint)
        #expect(a.fingerprint != JrnlParser.parse("[2024-03-01 09:15] Title\nBody!\n")[0].fingerprint)
        #expect(a.fingerprint.count == 16)
    }

    @Test func importsNotesAndASecondRunAddsNothing() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path + "/journal")
        let items = JrnlParser.parse(Self.sample)
        let utc = try #require(TimeZone(identifier: "Europe/Paris"))
        let importer = JrnlImporter(store: store, timeZone: utc)

        let first = importer.run(items, existing: try store.load())
        #expect(first.imported.count == 3)
        #expect(first.alreadyPresent == 0)
        let snapshot = try store.load()
        #expect(snapshot.problems.isEmpty)
        #expect(snapshot.entries.allSatisfy { $0.entry.kind == .note })
        let day = try #require(snapshot.entries.last?.entry)
        #expect(day.created.description == "2024-03-01T09:15:00+01:00")
        #expect(day.title == "First day of the search @jobs")
        #expect(day.tags == ["jobs", "hopeful"])
        #expect(day.preamble == "Sent three applications. Felt @hopeful.\n\nSecond paragraph.")
        #expect(JrnlImporter.source(of: day) == "jrnl:" + items[0].fingerprint)
        #expect(snapshot.entries[1].entry.tags == ["starred"])

        let second = importer.run(items, existing: snapshot)
        #expect(second.imported.isEmpty)
        #expect(second.alreadyPresent == 3)
        #expect(try store.load().entries.count == 3)

        // A file with one new entry adds just that one.
        let more = JrnlParser.parse(Self.sample + "\n[2024-03-04 10:00] Fourth\n")
        let third = importer.run(more, existing: try store.load())
        #expect(third.imported.count == 1)
        #expect(third.alreadyPresent == 3)
    }
}
