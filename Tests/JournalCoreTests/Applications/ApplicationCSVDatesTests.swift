import Foundation
import Testing
@testable import JournalCore

/// The CSV round trip keeps what happened when: onward's export carries each application's
/// timeline and feedback, and a tracker's status date dates the status it names.
@Suite("Applications: CSV dates and feedback")
struct ApplicationCSVDatesTests {
    static let now = LocalTimestamp(day: LocalDay(year: 2026, month: 12, day: 1), hour: 9, minute: 30, utcOffset: 3600)
    static func day(_ m: Int, _ d: Int) -> LocalDay { LocalDay(year: 2026, month: m, day: d) }

    @Test func exportThenImportIntoANewJournalKeepsStageOutcomeDatesAndFeedback() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path + "/a")
        var e = ApplicationChange.new(company: "Acme", role: "Backend Engineer", applied: Self.day(11, 10), at: Self.now)
        ApplicationChange.move(&e, to: .interview, on: Self.day(11, 20), note: "system design, with Sam", at: Self.now)
        ApplicationChange.addFeedback(&e, "They wanted more Go,\nand liked the \"design\".", on: Self.day(11, 28), at: Self.now)
        ApplicationChange.close(&e, as: .rejected, on: Self.day(12, 1), note: nil, at: Self.now)
        ApplicationChange.addNote(&e, "ask Priya about the next opening", on: Self.day(12, 1), at: Self.now)
        var open = ApplicationChange.new(company: "Globex", role: "SRE", applied: Self.day(11, 12), at: Self.now)
        open.id = EntryID("2026-12-01-0931-application-globex")
        ApplicationChange.move(&open, to: .screen, on: Self.day(11, 14), note: nil, at: Self.now)
        try store.create(e)
        try store.create(open)
        let csv = ExportFormat.csv.render(try store.load(), exportedAt: Self.now)

        let fresh = JournalStore(root: folder.path + "/b")
        let report = try ApplicationCSVImporter(store: fresh).run(csv, now: Self.now)
        #expect(report.imported.count == 2 && report.unmappedValues.isEmpty && report.unmappedColumns.isEmpty)
        let before = try store.load().entries.sorted { $0.entry.id.rawValue < $1.entry.id.rawValue }
        let after = try fresh.load().entries.sorted { $0.entry.id.rawValue < $1.entry.id.rawValue }
        #expect(after.count == 2)
        for (a, b) in zip(before, after) {
            let ra = ApplicationRecord(a), rb = ApplicationRecord(b)
            #expect(rb.stage == ra.stage && rb.outcome == ra.outcome && rb.closedOn == ra.closedOn)
            #expect(rb.timelineText == ra.timelineText)
            #expect(rb.firstAnswerDay == ra.firstAnswerDay && rb.lastEventDay == ra.lastEventDay)
            for heading in ["Feedback", "Notes"] {
                #expect(b.entry.section(heading)?.body == a.entry.section(heading)?.body, "\(heading)")
            }
        }
        #expect(ApplicationRecord(after[0]).closedOn == Self.day(12, 1))
        // The new journal exports the same file.
        #expect(ExportFormat.csv.render(try fresh.load(), exportedAt: Self.now) == csv)
        // And reading it back into the first journal adds nothing.
        let again = try ApplicationCSVImporter(store: store).run(csv, now: Self.now)
        #expect(again.imported.isEmpty && again.alreadyPresent == 2 && again.updated.isEmpty)
    }

    @Test func aTrackersStatusDateDatesTheStatus() throws {
        let text = """
        Company,Position,Status,Date Applied,Status Date
        Globex,Dev,Rejected,2026-11-01,2026-11-15
        Initech,QA,Interview,2026-11-03,2026-11-09
        Hooli,PM,Offer,2026-11-05,2026-10-01
        Umbrella,Ops,Screen,2026-11-06,
        """
        let (planned, report) = try ApplicationCSVImporter.plan(text, now: Self.now)
        let records = planned.map { ApplicationRecord($0.entry) }
        #expect(records[0].outcome == .rejected && records[0].closedOn == Self.day(11, 15))
        #expect(records[0].timeline.map(\.day) == [Self.day(11, 1), Self.day(11, 15)])
        #expect(records[1].stage == .interview && records[1].firstAnswerDay == Self.day(11, 9))
        // A status date before the day it was sent cannot be the status's day: named, kept as a note.
        #expect(records[2].firstAnswerDay == Self.day(11, 5))
        #expect(report.unmappedValues == ["line 4 (Hooli, PM): the Status Date '2026-10-01' is before the day it was sent; kept as a note"])
        #expect(planned[2].entry.section("Notes")?.body == "Status Date: 2026-10-01")
        // No status date: the only day the row gives.
        #expect(records[3].firstAnswerDay == Self.day(11, 6))
    }

    @Test func anOlderOnwardExportWithoutATimelineIsDatedByItsLastEvent() throws {
        let text = "company,role,status,outcome,date applied,last event\r\nAcme,Dev,interview,rejected,2026-11-10,2026-12-01\r\n"
        let (planned, report) = try ApplicationCSVImporter.plan(text, now: Self.now)
        let r = ApplicationRecord(try #require(planned.first).entry)
        #expect(report.unmappedValues.isEmpty)
        #expect(r.stage == .interview && r.outcome == .rejected && r.closedOn == Self.day(12, 1))
        #expect(r.timeline.map(\.day) == [Self.day(11, 10), Self.day(12, 1), Self.day(12, 1)])
        #expect(planned.first?.entry.section("Notes") == nil)
    }

    @Test func aTimelineCellWithoutBulletsIsReadLineByLine() {
        #expect(ApplicationCSVTimeline.body("2026-11-10 applied\r\n\r\n- 2026-11-12 screen: call\n  more about the call\n") ==
                "- 2026-11-10 applied\n- 2026-11-12 screen: call\n  more about the call")
    }
}

/// Spreadsheet habits: slashed dates in either order, and files saved as Windows-1252.
@Suite("Applications: CSV from spreadsheets")
struct ApplicationCSVSpreadsheetTests {
    static let now = ApplicationCSVDatesTests.now

    private func days(_ text: String) throws -> ([LocalDay?], ApplicationCSVImporter.Report) {
        let (planned, report) = try ApplicationCSVImporter.plan(text, now: Self.now)
        return (planned.map(\.entry.appliedOn), report)
    }

    @Test func aDayOver12SettlesTheOrderForTheWholeFile() throws {
        let (dayFirst, r1) = try days("company,role,date applied\nA,Dev,11/05/2026\nB,Dev,25/04/2026\n")
        #expect(dayFirst == [LocalDay(year: 2026, month: 5, day: 11), LocalDay(year: 2026, month: 4, day: 25)])
        #expect(r1.dateNote == nil && r1.unmappedValues.isEmpty)
        let (monthFirst, r2) = try days("company,role,date applied\nA,Dev,11/05/2026\nB,Dev,4/25/26 10:30\n")
        #expect(monthFirst == [LocalDay(year: 2026, month: 11, day: 5), LocalDay(year: 2026, month: 4, day: 25)])
        #expect(r2.dateNote == nil)
    }

    @Test func aDayNoCalendarHasSettlesNothingAndAMixedFileIsSaidToBeMixed() throws {
        // 02/30 is no day either way round: the file's 13/04 still settles it as day first.
        let (read, report) = try days("company,role,date applied\nA1,Dev,03/04/2026\nA2,QA,13/04/2026\nA4,PM,02/30/2026\n")
        #expect(read == [LocalDay(year: 2026, month: 4, day: 3), LocalDay(year: 2026, month: 4, day: 13), nil])
        #expect(report.dateNote == nil)
        // Both orders in one file: read month first, and the note names one of each.
        let (mixed, mixedReport) = try days("company,role,date applied\nA1,Dev,03/04/2026\nA2,QA,13/04/2026\nA3,PM,04/25/2026\n")
        #expect(mixed == [LocalDay(year: 2026, month: 3, day: 4), nil, LocalDay(year: 2026, month: 4, day: 25)])
        #expect(mixedReport.dateNote?.hasPrefix("The file writes dates both ways (13/04/2026 has the day first, 04/25/2026 the month first)") == true)
    }

    @Test func datesNothingSettlesAreReadMonthFirstAndSaidSo() throws {
        let (read, report) = try days("company,role,date applied\nA,Dev,11/05/2026\nB,Dev,2026-03-04\n")
        #expect(read == [LocalDay(year: 2026, month: 11, day: 5), LocalDay(year: 2026, month: 3, day: 4)])
        #expect(report.dateNote == "No date in the file has a day over 12, so dates such as 11/05/2026 were read month first, as in the US (11/05/2026 is 2026-11-05); if the file puts the day first, check the days sent")
        // A day the calendar does not have is kept as a note, not moved.
        let (bad, badReport) = try days("company,role,date applied\nA,Dev,02/30/2026\n")
        #expect(bad == [nil])
        #expect(badReport.unmappedValues == ["line 2 (A, Dev): the date '02/30/2026' is not a date onward can read; kept as a note"])
    }

    @Test func windows1252LettersAndTheFirstBadLine() {
        let bytes: [UInt8] = Array("company,role\nAcme,Dev\nCaf".utf8) + [0xE9, 0x20, 0x80, 0x2C, 0x93, 0x78, 0x94, 0x0A]
        #expect(LegacyText.firstNonUTF8Line(bytes) == 3)
        #expect(LegacyText.firstNonUTF8Line(Array("fine\né\n".utf8)) == nil)
        #expect(LegacyText.windows1252(bytes) == "company,role\nAcme,Dev\nCafé €,“x”\n")
        #expect(LegacyText.isUTF16([0xFF, 0xFE, 0x41, 0x00]) && !LegacyText.isUTF16([0x41, 0xFF]))
    }
}
