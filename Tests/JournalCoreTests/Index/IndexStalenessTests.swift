import Foundation
import Testing
@testable import JournalCore

@Suite("Index staleness")
struct IndexStalenessTests {
    @Test func firstRunBuildsThenReuses() throws {
        let journal = try IndexTestJournal(entries: 25)
        defer { journal.folder.cleanUp() }
        let (_, first) = try journal.index.refresh()
        #expect(first.damage == .missing)
        #expect(first.reread == 26)  // 25 entries and the broken file
        #expect(first.saved)
        let (snapshot, second) = try journal.index.refresh()
        #expect(second.damage == nil)
        #expect(second.reused == 25 && second.reread == 1 && !second.saved)
        expectSame(snapshot, try journal.projectedLoad())
    }

    @Test func editTouchDeleteAndAddArePickedUp() throws {
        let journal = try IndexTestJournal(entries: 20)
        defer { journal.folder.cleanUp() }
        _ = try journal.index.refresh()
        let paths = try journal.entryPaths()

        // An edit by hand that changes the size.
        let edited = paths[3]
        var text = String(decoding: journal.folder.read(edited)!, as: UTF8.self)
        text = text.replacingOccurrences(of: "* Lesson", with: "* Hand-edited lesson")
        try journal.folder.write(edited, text)
        // An edit that keeps the size: only the time changes.
        let touched = paths[5]
        let same = String(decoding: journal.folder.read(touched)!, as: UTF8.self).replacingOccurrences(of: "Did thing", with: "Did THING")
        try journal.folder.write(touched, same)
        journal.touch(touched, seconds: 1_900_000_000)
        // A removal and a new file from a sync tool.
        try FileManager.default.removeItem(atPath: journal.folder.path + "/" + paths[7])
        var rng = SplitMix64(seed: 99)
        var added = IndexTestJournal.entry(500, &rng)
        added.id = EntryID("2030-01-01-0900-note-synced")
        added.created = LocalTimestamp(day: LocalDay(year: 2030, month: 1, day: 1), hour: 9)
        try journal.folder.write("entries/2030/01/2030-01-01-0900-note-synced.md", EntryCodec.encode(added))

        let (snapshot, report) = try journal.index.refresh()
        #expect(report.reread == 4)  // edited, touched, added, and the broken file
        #expect(report.dropped == 1)
        #expect(report.saved)
        expectSame(snapshot, try journal.projectedLoad())
        #expect(snapshot.entries.first?.entry.id.rawValue == "2030-01-01-0900-note-synced")
        #expect(snapshot.entries.contains { $0.entry.lessons.contains { $0.hasPrefix("Hand-edited") } })
        #expect(snapshot.entries.contains { $0.entry.achievements.contains { $0.hasPrefix("Did THING") } })
    }

    @Test(arguments: ["empty", "garbage", "truncated", "flipped", "directory"])
    func damagedIndexIsRebuilt(_ kind: String) throws {
        let journal = try IndexTestJournal(entries: 15)
        defer { journal.folder.cleanUp() }
        _ = try journal.index.refresh()
        let path = journal.index.path
        let good = journal.folder.read(".onward/index")!
        switch kind {
        case "empty": try journal.folder.write(".onward/index", [])
        case "garbage": try journal.folder.write(".onward/index", Array("hello, I am not an index".utf8))
        case "truncated": try journal.folder.write(".onward/index", Array(good.prefix(good.count / 2)))
        case "flipped": var b = good; b[b.count - 3] ^= 1; try journal.folder.write(".onward/index", b)
        default: try FileManager.default.removeItem(atPath: path); try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        }
        let (snapshot, report) = try journal.index.refresh()
        #expect(report.damage != nil)
        #expect(report.reused == 0)
        expectSame(snapshot, try journal.projectedLoad())
        if kind != "directory" {
            let (_, again) = try journal.index.refresh()
            #expect(again.damage == nil && again.reused == 15)
        }
    }

    @Test func indexOfAnotherEntrySetIsNotTrustedBeyondItsStat() throws {
        // An index copied from elsewhere names files that are not here and misses files that are.
        let a = try IndexTestJournal(entries: 10, seed: 1)
        let b = try IndexTestJournal(entries: 12, seed: 2)
        defer { a.folder.cleanUp(); b.folder.cleanUp() }
        _ = try a.index.refresh()
        try b.folder.write(".onward/index", a.folder.read(".onward/index")!)
        let (snapshot, _) = try b.index.refresh()
        expectSame(snapshot, try b.projectedLoad())
    }

    @Test func writesThroughTheStoreUpdateTheIndex() throws {
        let journal = try IndexTestJournal(entries: 8)
        defer { journal.folder.cleanUp() }
        _ = try journal.index.refresh()
        let t = LocalTimestamp(day: LocalDay(year: 2031, month: 5, day: 2), hour: 8)
        var e = Entry(id: EntryID.make(at: t, kind: .checkin), kind: .checkin, created: t)
        e.mood = 4
        let created = try journal.store.create(e)
        e.mood = 9
        _ = try journal.store.update(e, at: created.relativePath)
        let victim = try journal.entryPaths().last!
        _ = try journal.store.delete(victim)

        let records = try #require(try? journal.index.readRecords().get())
        #expect(records.first?.entry.mood == 9)
        #expect(!records.contains { $0.relativePath == victim })
        let (snapshot, report) = try journal.index.refresh()
        #expect(report.reread == 1 && report.dropped == 0)  // only the broken file
        expectSame(snapshot, try journal.projectedLoad())
    }

    @Test func missingJournalIsEmptyAndCreatesNothing() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path + "/nope")
        #expect(try store.loadIndexed().entries.isEmpty)
        #expect(!folder.exists("nope"))
    }
}

@Suite("Index order")
struct IndexOrderTests {
    @Test func recordsInAnyOrderComeBackNewestFirst() throws {
        let journal = try IndexTestJournal(entries: 30)
        defer { journal.folder.cleanUp() }
        let expected = try journal.projectedLoad()
        journal.index.save(expected.entries.reversed())
        let (snapshot, report) = try journal.index.refresh()
        #expect(report.reused == 30)
        expectSame(snapshot, expected)
    }
}
