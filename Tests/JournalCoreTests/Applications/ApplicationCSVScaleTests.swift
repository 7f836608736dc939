import Foundation
import OnwardTestSupport
import Testing
@testable import JournalCore

/// An import's cost per row must not grow with the rows before it: the journal and its index are
/// read and written a fixed number of times, however many batches the rows take.
@Suite("Applications: CSV import at scale", .serialized)
struct ApplicationCSVScaleTests {
    static let now = LocalTimestamp(day: LocalDay(year: 2026, month: 12, day: 1), hour: 9, minute: 30, utcOffset: 3600)

    /// Counts what is done to the index file.
    final class IndexCounting: ForwardingFileSystem, @unchecked Sendable {
        let base = PosixFileSystem()
        private let lock = NSLock()
        private var reads = 0, writes = 0
        var counts: (reads: Int, writes: Int) { lock.withLock { (reads, writes) } }

        func read(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
            if path.hasSuffix("/.onward/index") { lock.withLock { reads += 1 } }
            return try base.read(path, limit: limit)
        }
        func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
            if path.hasSuffix("/.onward/index") { lock.withLock { writes += 1 } }
            try base.writeAtomically(path, bytes)
        }
    }

    private func csv(_ count: Int) -> String {
        "company,role,status,date applied\n" + (1...count).map { "Company \($0),Engineer,Applied,2026-10-\(String(format: "%02d", $0 % 28 + 1))" }
            .joined(separator: "\n")
    }

    /// Index reads and writes of one import of `rows` rows into a fresh journal.
    private func indexTraffic(rows: Int) throws -> (reads: Int, writes: Int) {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let fs = IndexCounting()
        let store = JournalStore(root: folder.path + "/journal", fileSystem: fs)
        let report = try ApplicationCSVImporter(store: store).run(csv(rows), now: Self.now)
        #expect(report.imported.count == rows && report.stopped == nil)
        // The index ends up knowing every row, without a rebuild at the next start.
        #expect(try JournalIndex(store: store).refresh().1.reused == rows)
        return fs.counts
    }

    @Test func theIndexIsReadAndWrittenAsOftenForFourBatchesAsForOne() throws {
        let one = try indexTraffic(rows: ApplicationCSVImporter.rowsPerLock - 5)
        let four = try indexTraffic(rows: ApplicationCSVImporter.rowsPerLock * 4 - 5)
        #expect(four.reads == one.reads, "index reads: \(one.reads) for one batch, \(four.reads) for four")
        #expect(four.writes == one.writes, "index writes: \(one.writes) for one batch, \(four.writes) for four")
    }

    @Test func theFoldersStampMovesWhenAnotherWriterAddsOrChangesAnEntry() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path + "/journal")
        let first = ApplicationChange.new(company: "Acme", role: "Dev", applied: LocalDay(year: 2026, month: 11, day: 20), at: Self.now)
        let saved = try store.create(first)
        let before = try #require(ApplicationCSVTreeStamp.of(store))
        #expect(ApplicationCSVTreeStamp.of(store) == before, "nothing happened: the same stamp")
        // Same month folder.
        var second = first
        second.id = EntryID("2026-12-01-0931-application-acme")
        try store.create(second)
        let afterAdd = try #require(ApplicationCSVTreeStamp.of(store))
        #expect(afterAdd != before)
        // A change in place (written through a rename).
        try store.modify(saved.relativePath) { (e: inout Entry) throws(StoreError) in e.role = "SRE" }
        let afterChange = try #require(ApplicationCSVTreeStamp.of(store))
        #expect(afterChange != afterAdd)
        // A new month folder.
        var third = first
        third.id = EntryID("2025-03-01-0900-application-initech")
        third.created = LocalTimestamp(day: LocalDay(year: 2025, month: 3, day: 1), hour: 9, minute: 0, utcOffset: 3600)
        try store.create(third)
        #expect(ApplicationCSVTreeStamp.of(store) != afterChange)
    }
}
