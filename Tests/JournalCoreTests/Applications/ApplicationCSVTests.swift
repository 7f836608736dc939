import Foundation
import Testing
@testable import JournalCore

@Suite("Applications: CSV import and export")
struct ApplicationCSVTests {
    /// A tracker export as spreadsheets write it: a byte order mark, CRLF line ends, headers in
    /// mixed case, quoted commas, quotes and line breaks, an unknown column, an odd status and date,
    /// a wishlist row (not sent, so not imported).
    static let tracker = "\u{FEFF}Company,Job Title,STATUS,Date Applied,URL,Notes,Salary Range,\r\n"
        + "\"Globex, Inc.\",Platform Engineer,Interviewing,2026-11-20,https://example.com/1,\"Met Sam; said \"\"great\"\" things\r\nsecond line\",\"80,000-90,000\",\r\n"
        + "Acme,SRE,Rejected,2026/10/01,,,,\r\n"
        + "Initech,\"Data \"\"Wizard\"\"\",Talking,next week,,,,\r\n"
        + "Umbrella,Chemist,Wishlist,,,,,\r\n"
        + ",,,,,,,\r\n"
        + ",,Applied,2026-11-02,,orphan row,,\r\n"

    static let now = LocalTimestamp(day: LocalDay(year: 2026, month: 12, day: 1), hour: 9, minute: 30, utcOffset: 3600)

    @Test func oddColumnsQuotesNewlinesBOMAndCRLF() throws {
        let (planned, report) = try ApplicationCSVImporter.plan(Self.tracker, now: Self.now)
        // Umbrella's row is on the tracker's wishlist: never sent, so not imported.
        #expect(planned.count == 3)
        #expect(report.notSentRows == [6])
        let globex = ApplicationRecord(planned[0].entry)
        #expect(globex.company == "Globex, Inc." && globex.role == "Platform Engineer")
        #expect(globex.stage == .interview && globex.outcome == .open)
        #expect(globex.appliedOn == LocalDay(year: 2026, month: 11, day: 20))
        #expect(globex.link == "https://example.com/1")
        let notes = try #require(planned[0].entry.section("Notes")?.body)
        #expect(notes.contains("Met Sam; said \"great\" things\nsecond line"))
        #expect(notes.contains("Salary Range: 80,000-90,000"))

        let acme = ApplicationRecord(planned[1].entry)
        #expect(acme.outcome == .rejected && acme.appliedOn == LocalDay(year: 2026, month: 10, day: 1))
        #expect(planned[1].entry.id.rawValue == "2026-10-01-1200-application-acme")

        let initech = ApplicationRecord(planned[2].entry)
        #expect(initech.role == "Data \"Wizard\"" && initech.stage == .applied && initech.outcome == .open)
        #expect(planned[2].entry.section("Notes")?.body.contains("Status: Talking") == true)
        #expect(planned[2].entry.section("Notes")?.body.contains("Date applied: next week") == true)

        #expect(report.unmappedColumns == ["Salary Range"])
        #expect(report.unmappedValues.count == 2)
        // Real line numbers: Globex's notes take two lines, so Initech is on line 5, not 4.
        #expect(report.unmappedValues.contains { $0.hasPrefix("line 5 (Initech") && $0.contains("'Talking'") })
        #expect(report.skippedRows == [8])
        #expect(planned.map(\.line) == [2, 4, 5])

        // Everything written reads back the same.
        for p in planned { #expect(try decodeOrFail(EntryCodec.encode(p.entry)) == p.entry) }
    }

    @Test func importingTwiceAddsNothingAndExportReadsBack() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path + "/journal")
        let importer = ApplicationCSVImporter(store: store)
        let first = try importer.run(Self.tracker, now: Self.now)
        #expect(first.imported.count == 3 && first.alreadyPresent == 0 && first.failures.isEmpty)
        let second = try importer.run(Self.tracker, now: Self.now)
        #expect(second.imported.isEmpty && second.alreadyPresent == 3 && second.updated.isEmpty)
        let snapshot = try store.load()
        #expect(snapshot.entries.count == 3 && snapshot.problems.isEmpty)

        let csv = ExportFormat.csv.render(snapshot, exportedAt: Self.now)
        #expect(csv.hasPrefix("company,role,status,outcome,date applied,"))
        #expect(csv.contains("\"Globex, Inc.\",Platform Engineer,interview,open,2026-11-20"))
        // The export is a tracker file too: read into a fresh journal it gives the same applications.
        let (again, report) = try ApplicationCSVImporter.plan(csv, now: Self.now)
        #expect(again.count == 3)
        let before = Set(ApplicationQuery.all(in: snapshot.entries).map { "\($0.company)|\($0.role)|\($0.stage)|\($0.outcome)|\(String(describing: $0.appliedOn))" })
        let after = Set(again.map { ApplicationRecord($0.entry) }.map { "\($0.company)|\($0.role)|\($0.stage)|\($0.outcome)|\(String(describing: $0.appliedOn))" })
        #expect(before == after)
        #expect(report.unmappedValues.isEmpty)
    }

    @Test func aFileWithoutCompanyOrRoleIsRefusedInOneSentence() {
        #expect(throws: ApplicationError.self) { try ApplicationCSVImporter.plan("name,age\nAda,36\n", now: Self.now) }
        do { _ = try ApplicationCSVImporter.plan("name,age\nAda,36\n", now: Self.now) } catch {
            #expect(error.message == "the file has no company column (its first line reads: name, age); if its name column is the company, rename it company and import again")
        }
    }

    @Test func aRowWithoutACompanyIsSkippedAndNamedEvenWithARole() throws {
        let (planned, report) = try ApplicationCSVImporter.plan("company,role\nAcme,SRE\n,Dev\n  ,QA\n", now: Self.now)
        #expect(planned.map { ApplicationRecord($0.entry).company } == ["Acme"])
        #expect(report.skippedRows == [3, 4])
    }

    @Test func semicolonSpreadsheetsAndStatusWords() throws {
        let (planned, _) = try ApplicationCSVImporter.plan("company;position;stage\nHooli;Dev;Final round\nPied Piper;CTO;Offer accepted\n", now: Self.now)
        #expect(planned.map { ApplicationRecord($0.entry).stage } == [.finalInterview, .offer])
        #expect(planned.map { ApplicationRecord($0.entry).outcome } == [.open, .accepted])
        #expect(ApplicationCSVStatus.meaning("Phone screen")?.0 == .screen)
        #expect(ApplicationCSVStatus.meaning("Ghosted") == nil)
    }
}
