import Foundation
import Testing
@testable import JournalCore

/// An import never writes what onward would refuse, and never hides a line it could not date.
@Suite("jrnl import, safely")
struct JrnlImportSafetyTests {
    @Test func aDateLineThatCannotBeReadIsReportedNotFoldedIntoTheEntryBefore() {
        let text = """
        [2024-03-01 09:15] First
        Fine.
        [2024-02-30 10:00] No such day
        Text that belongs to the bad entry.
        [2024-03-02 25:61] No such time
        [2024-03-03 08:00] Third
        [not a date] stays body text
        """
        let parsed = JrnlParser.read(text)
        #expect(parsed.entries.map(\.title) == ["First", "Third"])
        #expect(parsed.entries[0].body == "Fine.")
        #expect(parsed.entries[1].body == "[not a date] stays body text")
        #expect(parsed.undatable.map(\.line) == [3, 5])
        #expect(parsed.undatable.first?.text.hasPrefix("[2024-02-30 10:00]") == true)
    }

    @Test func anEntryOnwardCouldNotReadBackIsSkippedAndReported() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path + "/journal")
        let text = "[2024-03-01 09:15] Good\nFine.\n[2024-03-02 09:15] Binary\nbefore\u{0}after\n"
            + "[2024-03-03 09:15] Huge\n" + String(repeating: "x", count: EntryFileReader.sizeLimit + 10) + "\n"
        let report = try JrnlImporter(store: store).run(JrnlParser.parse(text))
        #expect(report.imported.count == 1)
        #expect(report.failures.count == 2)
        #expect(report.failures.contains { $0.contains("line 3") && $0.contains("NUL") })
        #expect(report.failures.contains { $0.contains("line 5") })
        let snapshot = try store.load()
        #expect(snapshot.entries.map(\.entry.title) == ["Good"])
        #expect(snapshot.problems.isEmpty)
    }

    @Test func aFullDiskStopsTheImportOnceAndARerunAddsJustTheRest() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let text = (1...5).map { "[2024-03-0\($0) 09:15] Entry \($0)\nText \($0).\n" }.joined()
        let full = FillingFileSystem(entriesBeforeFull: 2)
        let report = try JrnlImporter(store: JournalStore(root: folder.path + "/journal", fileSystem: full)).run(JrnlParser.parse(text))
        #expect(report.imported.count == 2)
        #expect(report.failures.isEmpty, "one sentence, not one failure per entry left: \(report.failures)")
        #expect(report.remaining == 3)
        let stopped = try #require(report.stopped)
        #expect(stopped.hasPrefix("the import stopped at the entry on line 5: could not save"), "\(stopped)")
        #expect(stopped.hasSuffix("the disk is full"), "\(stopped)")
        #expect(full.entryWrites == 3, "one failed write, not one for each entry left")
        let rest = try JrnlImporter(store: JournalStore(root: folder.path + "/journal")).run(JrnlParser.parse(text))
        #expect(rest.imported.count == 3 && rest.alreadyPresent == 2 && rest.stopped == nil)
    }

    @Test func runningUnderTheLockReadsWhatAnotherImportJustWrote() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path + "/journal")
        let items = JrnlParser.parse("[2024-03-01 09:15] One\n[2024-03-02 09:15] Two\n")
        let results = Failures()
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            if let report = try? JrnlImporter(store: store).run(items) { results.add("\(report.imported.count)") }
        }
        #expect(results.all.sorted() == ["0", "0", "2"])
        #expect(try store.load().entries.count == 2)
    }
}
