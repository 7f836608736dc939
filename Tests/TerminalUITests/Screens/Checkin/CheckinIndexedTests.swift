import Foundation
import JournalCore
import Testing
@testable import TerminalUI

/// The check-in reads front matter through the derived index, and the day's file whole before saving it.
@Suite("Check-in through the index")
struct CheckinIndexedTests {
    static let path = "entries/2026/11/2026-11-27-0800-checkin.md"

    /// A check-in of today with a section only the file has (the index keeps no such body).
    func writeToday(_ journal: TempJournal) throws {
        try CheckinHarness.write(journal, Self.path, CheckinHarness.checkin(day: "2026-11-27", time: "08:00", mood: 3,
            extra: "wins: [walked the dog]\n") + "\n## Gratitude\nMy sister called.\n")
    }

    /// Replaces a file's bytes but gives it back its size and modification time, as a sync tool
    /// with a coarse clock might: the index cannot tell that it changed.
    func overwriteUnnoticed(_ journal: TempJournal, _ relative: String, with text: String) throws {
        let path = journal.root + "/" + relative
        var before = stat()
        #expect(stat(path, &before) == 0)
        var bytes = Array(text.utf8)
        bytes += Array(repeating: UInt8(ascii: "\n"), count: max(0, Int(before.st_size) - bytes.count))
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    }

    @Test func theFormStartsFromTheIndexAndSavingKeepsTheFilesOwnText() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try writeToday(journal)
        let screen = CheckinHarness.open(journal)
        #expect(FileManager.default.fileExists(atPath: journal.root + "/.onward/index"))
        // The setup found the day's check-in through the index and read that one file whole, for
        // its note: the section only the file has is there (the index projection keeps none).
        let existing = try #require(screen.setup.existing)
        #expect(existing.relativePath == Self.path)
        #expect(existing.entry.mood == 3)
        #expect(existing.entry.section("Gratitude")?.body == "My sister called.")
        let record = try JournalIndex(store: journal.store).records().get().first { $0.relativePath == Self.path }
        #expect(record?.entry.section("Gratitude") == nil)
        screen.press(.right)  // mood 3 -> 4
        CheckinHarness.run(screen.press(.control("s")), on: screen, journal: journal)
        let saved = journal.read(Self.path)
        #expect(saved.contains("mood: 4"))
        #expect(saved.contains("## Gratitude\nMy sister called."))
        #expect(journal.entryFiles() == ["2026/11/2026-11-27-0800-checkin.md"])
        // The index follows the save.
        let after = try JournalIndex(store: journal.store).records().get().first { $0.relativePath == Self.path }
        #expect(after?.entry.mood == 4)
    }

    @Test func aDayFileThatBrokeUnseenByTheIndexIsNotOverwritten() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try writeToday(journal)
        let screen = CheckinHarness.open(journal)
        try overwriteUnnoticed(journal, Self.path, with: "---\nkind: [oops\n---\n")
        let broken = journal.read(Self.path)
        screen.press(.right)
        CheckinHarness.run(screen.press(.control("s")), on: screen, journal: journal)
        #expect(screen.status?.contains("cannot be read") == true)
        #expect(screen.status?.contains(Self.path) == true)
        #expect(journal.read(Self.path) == broken)
        #expect(journal.entryFiles() == ["2026/11/2026-11-27-0800-checkin.md"])
    }

    @Test func aDayFileThatBrokeVisiblyIsNotOverwrittenNorDoubled() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try writeToday(journal)
        let screen = CheckinHarness.open(journal)
        try CheckinHarness.write(journal, Self.path, "---\nkind: [oops\n---\n")
        screen.press(.right)
        CheckinHarness.run(screen.press(.control("s")), on: screen, journal: journal)
        #expect(screen.status?.contains("cannot be read") == true)
        #expect(journal.read(Self.path) == "---\nkind: [oops\n---\n")
        #expect(journal.entryFiles() == ["2026/11/2026-11-27-0800-checkin.md"])
    }
}
