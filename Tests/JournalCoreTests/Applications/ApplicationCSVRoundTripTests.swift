import Foundation
import Testing
@testable import JournalCore

/// CSV import and export against what a hostile tryout found: formulas, onward's own export read
/// back, tracker words, a status that moved on, broken files, and a disk that fills mid-import.
@Suite("Applications: CSV round trips and faults", .serialized)
struct ApplicationCSVRoundTripTests {
    static let now = LocalTimestamp(day: LocalDay(year: 2026, month: 12, day: 1), hour: 9, minute: 30, utcOffset: 3600)

    static func store(_ folder: TempFolder, _ name: String = "journal", fileSystem: FileSystem = PosixFileSystem()) -> JournalStore {
        JournalStore(root: folder.path + "/" + name, fileSystem: fileSystem)
    }

    static func applications(_ store: JournalStore) throws -> [ApplicationRecord] {
        ApplicationQuery.all(in: try store.load().entries).sorted { $0.id.rawValue < $1.id.rawValue }
    }

    @Test func cellsASpreadsheetWouldRunAreNeutralisedAndComeBackExactly() throws {
        let hostile = ["=HYPERLINK(\"http://x\",\"y\")", "+1 555", "-5 degrees", "@ops", "'=quoted already", "''=twice", "\tlead tab", "\rlead CR"]
        for text in hostile {
            let cell = ApplicationCSVFormula.neutralised(text)
            #expect(cell == "'" + text, "\(text)")
            #expect(ApplicationCSVFormula.restored(cell) == text)
        }
        for plain in ["Globex", "'tis the season", "a=b", ""] {
            #expect(ApplicationCSVFormula.neutralised(plain) == plain)
            #expect(ApplicationCSVFormula.restored(plain) == plain)
        }

        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = Self.store(folder)
        for (i, company) in hostile.prefix(6).enumerated() {
            var e = ApplicationChange.new(company: company, role: "Dev \(i)", applied: LocalDay(year: 2026, month: 11, day: 20), at: Self.now)
            e.id = EntryID("2026-12-01-093\(i)-application-x\(i)")
            try store.create(e)
        }
        let csv = ExportFormat.csv.render(try store.load(), exportedAt: Self.now)
        let cells = csv.split(separator: "\r\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(cells.allSatisfy { $0.hasPrefix("'") || $0.hasPrefix("\"'") }, "\(cells)")
        #expect(!csv.contains(",=") && !csv.contains("\n="))
        // Read into a fresh journal: the same companies, to the letter, and the same ids.
        let fresh = Self.store(folder, "fresh")
        let report = try ApplicationCSVImporter(store: fresh).run(csv, now: Self.now)
        #expect(report.imported.count == 6 && report.unmappedValues.isEmpty)
        let before = try Self.applications(store), after = try Self.applications(fresh)
        #expect(after.map(\.company) == before.map(\.company))
        #expect(after.map(\.id) == before.map(\.id))
        #expect(ExportFormat.csv.render(try fresh.load(), exportedAt: Self.now) == csv)
    }

    @Test func onwardsOwnExportReadBackAddsNothingAndNoIdOrLastEventNotes() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = Self.store(folder)
        var e = ApplicationChange.new(company: "Globex", role: "Dev", applied: LocalDay(year: 2026, month: 11, day: 20), at: Self.now)
        ApplicationChange.move(&e, to: .interview, on: LocalDay(year: 2026, month: 11, day: 28), note: nil, at: Self.now)
        ApplicationChange.addNote(&e, "liked Sam", on: LocalDay(year: 2026, month: 11, day: 29), at: Self.now)
        try store.create(e)
        let csv = ExportFormat.csv.render(try store.load(), exportedAt: Self.now)
        let (planned, _) = try ApplicationCSVImporter.plan(csv, now: Self.now)
        let notes = planned.first?.entry.section("Notes")?.body ?? ""
        #expect(!notes.contains("Id:") && !notes.contains("Last event:") && !notes.contains("id:"), "\(notes)")
        let again = try ApplicationCSVImporter(store: store).run(csv, now: Self.now)
        #expect(again.imported.isEmpty && again.alreadyPresent == 1 && again.updated.isEmpty)
        #expect(try store.load().entries.count == 1)
        // Another tracker's id column is not onward's: kept as a note.
        let (other, _) = try ApplicationCSVImporter.plan("company,role,id\nAcme,SRE,8812\n", now: Self.now)
        #expect(other.first?.entry.section("Notes")?.body == "id: 8812")
    }

    @Test func trackerWordsWishlistAndDeclined() throws {
        let text = "company,role,status\nA,1,Wishlist\nB,2,Bookmarked\nC,3,saved\nD,4,Declined\nE,5,Offer declined\nF,6,Applied\n"
        let (planned, report) = try ApplicationCSVImporter.plan(text, now: Self.now)
        #expect(report.notSentRows == [2, 3, 4])
        #expect(planned.map { ApplicationRecord($0.entry).company } == ["D", "E", "F"])
        #expect(planned.map { ApplicationRecord($0.entry).outcome } == [.rejected, .declined, .open])
        #expect(planned.map { ApplicationRecord($0.entry).stage } == [.applied, .offer, .applied])
    }

    @Test func aReImportWhoseStatusMovedOnUpdatesAndSaysSo() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = Self.store(folder)
        let importer = ApplicationCSVImporter(store: store)
        let header = "company,role,status,date applied\n"
        _ = try importer.run(header + "Globex,Dev,Interview,2026-11-20\nAcme,SRE,Applied,2026-11-21\nHooli,PM,Withdrawn,2026-11-22\n", now: Self.now)
        let later = LocalTimestamp(day: LocalDay(year: 2026, month: 12, day: 3), hour: 10, minute: 0, utcOffset: 3600)
        let report = try importer.run(header + "Globex,Dev,Rejected,2026-11-20\nAcme,SRE,Final round,2026-11-21\nHooli,PM,Interview,2026-11-22\n", now: later)
        #expect(report.imported.isEmpty && report.alreadyPresent == 3)
        #expect(report.updated == ["Globex, Dev: said no", "Acme, SRE: now final interview"])
        let records = Dictionary(uniqueKeysWithValues: try Self.applications(store).map { ($0.company, $0) })
        #expect(records["Globex"]?.outcome == .rejected && records["Globex"]?.stage == .interview)
        #expect(records["Globex"]?.closedOn == later.day)
        #expect(records["Acme"]?.stage == .finalInterview && records["Acme"]?.outcome == .open)
        // Withdrawn here stays withdrawn: the person's own word is not overwritten.
        #expect(records["Hooli"]?.outcome == .withdrawn && records["Hooli"]?.stage == .applied)
        // Said once: the same file again changes nothing more.
        let third = try importer.run(header + "Globex,Dev,Rejected,2026-11-20\nAcme,SRE,Final round,2026-11-21\n", now: later)
        #expect(third.updated.isEmpty && third.alreadyPresent == 2)
    }

    @Test(arguments: [
        ("", "the file is empty; a CSV file starts with a line naming its columns, such as company,role,status,date applied"),
        ("\u{FEFF}\r\n  \r\n", "the file is empty; a CSV file starts with a line naming its columns, such as company,role,status,date applied"),
        ("company,role\r\n", "the file has its header line but no applications under it"),
        (",,\nAcme,SRE,x\n", "the file's first line is blank; it should name the columns, such as company,role,status,date applied"),
        ("company,role,notes\nAcme,SRE,\"fine\"\nGlobex,Dev,\"never closed\nInitech,QA,x\n", "the quote that opens a field on line 3 is never closed, so nothing was imported; add the missing \" and import again"),
        ("company,role\nAcme,SRE\nGlobex,Data \"Wizard\"\n",
         "line 3 has a quote onward cannot read: a field with a quote in it must start and end with one, and double the quotes inside (\"Data \"\"Wizard\"\"\"); nothing was imported"),
        ("company,role\n\"Acme\" Corp,SRE\n",
         "line 2 has a quote onward cannot read: a field with a quote in it must start and end with one, and double the quotes inside (\"Data \"\"Wizard\"\"\"); nothing was imported"),
    ])
    func brokenFilesAreRefusedInOneSentence(text: String, sentence: String) {
        #expect {
            try ApplicationCSVImporter.plan(text, now: Self.now)
        } throws: { error in
            (error as? ApplicationError)?.message == sentence
        }
    }

    @Test func aFutureDateIsNotTakenAsTheDaySent() throws {
        let (planned, report) = try ApplicationCSVImporter.plan("company,role,date applied\nAcme,SRE,2026-12-02\n", now: Self.now)
        #expect(planned.first?.entry.appliedOn == nil)
        #expect(report.unmappedValues == ["line 2 (Acme, SRE): the date '2026-12-02' has not happened yet; kept as a note"])
    }

    @Test func rowsWrittenInSeveralHoldsOfTheLockAreStillEachWrittenOnce() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let count = ApplicationCSVImporter.rowsPerLock * 2 + 5
        var rows = (1...count).map { "Company \($0),Engineer,Applied,2026-10-\(String(format: "%02d", $0 % 28 + 1))" }
        rows.append(rows[2])  // the same row again, in a later batch
        let report = try ApplicationCSVImporter(store: Self.store(folder)).run("company,role,status,date applied\n" + rows.joined(separator: "\n"), now: Self.now)
        #expect(report.imported.count == count && report.alreadyPresent == 1 && report.stopped == nil)
        #expect(try Self.applications(Self.store(folder)).count == count)
    }

    @Test func aDiskThatFillsInALaterBatchCountsEveryRowLeft() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let count = ApplicationCSVImporter.rowsPerLock + 10
        let rows = (1...count).map { "Company \($0),Engineer,Applied,2026-10-\(String(format: "%02d", $0 % 28 + 1))" }
        let full = FillingFileSystem(entriesBeforeFull: count - 4)
        let report = try ApplicationCSVImporter(store: Self.store(folder, fileSystem: full))
            .run("company,role,status,date applied\n" + rows.joined(separator: "\n"), now: Self.now)
        #expect(report.imported.count == count - 4 && report.remaining == 4 && report.stopped != nil)
        #expect(full.entryWrites == count - 3)
    }

    @Test func aFullDiskStopsAtTheFirstFailureAndSaysHowManyAreLeft() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let rows = (1...5).map { "Company \($0),Role,Applied,2026-11-0\($0)" }
        let text = "company,role,status,date applied\n" + rows.joined(separator: "\n") + "\n"
        let full = FillingFileSystem(entriesBeforeFull: 2)
        let failing = ApplicationCSVImporter(store: Self.store(folder, fileSystem: full))
        let report = try failing.run(text, now: Self.now)
        #expect(report.imported.count == 2)
        #expect(report.failures.isEmpty)
        #expect(report.remaining == 3)
        let stopped = try #require(report.stopped)
        #expect(stopped.hasPrefix("the import stopped at line 4: could not save entries/2026/11/"), "\(stopped)")
        #expect(stopped.hasSuffix("the disk is full"))
        #expect(full.entryWrites == 3, "one failed write, not one for each row left")
        // Once there is room, the same import adds just the rest.
        let good = ApplicationCSVImporter(store: Self.store(folder))
        let rest = try good.run(text, now: Self.now)
        #expect(rest.imported.count == 3 && rest.alreadyPresent == 2 && rest.stopped == nil)
        #expect(try Self.applications(Self.store(folder)).count == 5)
    }
}

/// A disk that fills up after `entriesBeforeFull` entry files: every later write fails with ENOSPC.
final class FillingFileSystem: ForwardingFileSystem, @unchecked Sendable {
    let base = PosixFileSystem()
    private let lock = NSLock()
    private let limit: Int
    private var written = 0
    private(set) var entryWrites = 0

    init(entriesBeforeFull: Int) { limit = entriesBeforeFull }

    func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        if path.contains("/entries/") {
            lock.lock()
            entryWrites += 1
            let full = written >= limit
            if !full { written += 1 }
            lock.unlock()
            if full { throw FileSystemError(code: ENOSPC, path: path) }
        }
        try base.writeAtomically(path, bytes)
    }
}
