import Foundation
import Testing
@testable import JournalCore

/// The hostile corpus: every bad file is reported with its reason, the readable
/// ones load, nothing crashes or hangs, and no file is touched.
@Suite("Hostile journal", .serialized)
struct HostileJournalTests {
    @Test func doctorReportsEveryBadFileAndNothingIsModified() throws {
        let journal = try HostileJournal()
        defer { journal.cleanUp() }
        let before = journal.fingerprints()
        #expect(before.count >= 30)
        let store = JournalStore(root: journal.root)
        let started = Date()
        let snapshot = try store.load()
        let problems = JournalDoctor(store: store).check(snapshot)
        #expect(Date().timeIntervalSince(started) < 20, "a hostile file made reading slow")
        for (path, words) in HostileJournal.expectedProblems {
            let reasons = problems.filter { $0.relativePath == path }.map(\.reason)
            #expect(reasons.contains { $0.contains(words) }, "\(path): expected \"\(words)\", got \(reasons)")
        }
        // The name that is not UTF-8 is reported too, under whatever its lossy spelling is.
        #expect(problems.contains { $0.relativePath.contains("0936-note-") && $0.reason.contains("not valid UTF-8") })
        let loaded = Set(snapshot.entries.map(\.entry.id.rawValue))
        for id in HostileJournal.readable { #expect(loaded.contains(id), "\(id) should load") }
        let tags = snapshot.entries.first { $0.entry.id.rawValue == "2026-01-01-0922-note-tags" }?.entry.tags
        #expect(tags?.count == 10_000)
        #expect(journal.fingerprints() == before)
    }

    @Test func queriesWorkOnTheHostileJournal() throws {
        let journal = try HostileJournal()
        defer { journal.cleanUp() }
        let before = journal.fingerprints()
        let store = JournalStore(root: journal.root)
        let snapshot = try store.load()
        let found = Search(query: "hostileword").run(in: snapshot, store: store)
        #expect(found.count >= 5)
        let entries = snapshot.entries.map(\.entry)
        #expect(Stats(entries: entries, today: LocalDay(year: 2026, month: 1, day: 10)).count(of: .note) > 0)
        _ = Insights(entries: entries)
        #expect(journal.fingerprints() == before)
    }
}
