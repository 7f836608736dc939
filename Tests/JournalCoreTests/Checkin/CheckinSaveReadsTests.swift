import OnwardTestSupport
import Testing
@testable import JournalCore

/// Saving a check-in reads the day's file and the index at most once each, and what it leaves
/// in the index is what a fresh read of the file gives.
@Suite("Saving a check-in reads each file once")
struct CheckinSaveReadsTests {
    private func journal() throws -> (TempFolder, JournalStore, ReadLog) {
        let folder = try TempFolder()
        let log = ReadLog()
        return (folder, JournalStore(root: folder.path, fileSystem: LoggingFileSystem(log: log)), log)
    }

    @Test func aNewCheckinAndAnEditOfItReadTheFileAndTheIndexOnceEach() throws {
        let (folder, store, log) = try journal()
        defer { folder.cleanUp() }
        let morning = try timestamp("2026-12-07T08:30:00+01:00")
        var note = Entry(id: EntryID.make(at: morning, kind: .note), kind: .note, created: morning)
        note.title = "Before the check-in"
        _ = try store.create(note)
        _ = try JournalIndex(store: store).refresh()

        log.clear()
        let first = try CheckinUpdate.save(CheckinValues(mood: 6), in: store, day: morning.day, at: morning, now: morning)
        #expect(!first.updatedExisting)
        #expect(log.count(endingWith: ".md") == 0, "a new check-in reads no entry file")
        #expect(log.count(endingWith: ".onward/index") == 1)

        log.clear()
        let evening = try timestamp("2026-12-07T21:10:00+01:00")
        let second = try CheckinUpdate.save(CheckinValues(energy: 4), in: store, day: evening.day, at: evening, now: evening)
        #expect(second.updatedExisting)
        #expect(second.stored.relativePath == first.stored.relativePath)
        #expect(log.count(endingWith: first.stored.relativePath) == 1)
        #expect(log.count(endingWith: ".md") == 1)
        #expect(log.count(endingWith: ".onward/index") == 1)

        // The record made from what was written is trusted as it is, and agrees with the file.
        log.clear()
        let listed = try JournalIndex(store: store).select(EntryFilter())
        #expect(log.count(endingWith: ".md") == 0, "the index is current, so no entry file is read")
        let record = try #require(listed.entries.first { $0.relativePath == first.stored.relativePath })
        #expect(record.entry.mood == 6 && record.entry.energy == 4)
        #expect(record == (try store.readEntry(first.stored.relativePath).get()).indexProjection)
    }

    @Test func aFileNamedForTheDayButDatedAnotherIsLeftAsItWas() throws {
        let (folder, store, _) = try journal()
        defer { folder.cleanUp() }
        // Renamed by hand: the name says the 7th, the front matter the 6th.
        let moved = "---\nkind: checkin\ncreated: 2026-12-06T07:00:00+01:00\nmood: 3\n---\n# Check-in\n"
        try folder.write("entries/2026/12/2026-12-07-0700-checkin.md", moved)
        let now = try timestamp("2026-12-07T08:30:00+01:00")
        let saved = try CheckinUpdate.save(CheckinValues(mood: 6), in: store, day: now.day, at: now, now: now)
        #expect(!saved.updatedExisting)
        #expect(saved.stored.relativePath == "entries/2026/12/2026-12-07-0830-checkin.md")
        #expect(folder.read("entries/2026/12/2026-12-07-0700-checkin.md") == Array(moved.utf8))
    }

    @Test func aBrokenFileNamedForTheDayStopsTheSaveAndStaysAsItWas() throws {
        let (folder, store, _) = try journal()
        defer { folder.cleanUp() }
        let broken = "---\nkind: checkin\nmood: [oops\n---\nmy words\n"
        try folder.write("entries/2026/12/2026-12-07-0700-checkin.md", broken)
        let now = try timestamp("2026-12-07T08:30:00+01:00")
        #expect {
            try CheckinUpdate.save(CheckinValues(mood: 6), in: store, day: now.day, at: now, now: now)
        } throws: { error in
            (error as? StoreError)?.message.hasPrefix("The check-in file entries/2026/12/2026-12-07-0700-checkin.md cannot be read (") == true
        }
        #expect(folder.read("entries/2026/12/2026-12-07-0700-checkin.md") == Array(broken.utf8))
        #expect(!folder.exists("entries/2026/12/2026-12-07-0830-checkin.md"))
    }
}
