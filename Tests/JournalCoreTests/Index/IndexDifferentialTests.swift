import Foundation
import Testing
@testable import JournalCore

/// The index-backed load must answer list, stats and insights exactly as the full parse does.
@Suite("Index differential")
struct IndexDifferentialTests {
    @Test func fixtureJournal() throws {
        let copy = try QueryFixture.copy()
        defer { copy.cleanUp() }
        let store = JournalStore(root: copy.path)
        for _ in 0..<2 {  // cold, then warm from the index file
            try sameAnswers(store)
        }
    }

    @Test func generatedCorpusWithEditsDeletionsAndCorruption() throws {
        let journal = try IndexTestJournal(entries: 120, seed: 11)
        defer { journal.folder.cleanUp() }
        try sameAnswers(journal.store)
        var paths = try journal.entryPaths()
        var rng = SplitMix64(seed: 5)
        for round in 0..<4 {
            for _ in 0..<5 {
                let i = Int.random(in: 0..<paths.count, using: &rng)
                if round % 2 == 0 {
                    try FileManager.default.removeItem(atPath: journal.folder.path + "/" + paths.remove(at: i))
                } else {
                    let text = String(decoding: journal.folder.read(paths[i])!, as: UTF8.self)
                    try journal.folder.write(paths[i], text.replacingOccurrences(of: "mood: ", with: "mood: 1") + "\n## Lessons\n- late \(round)\n")
                }
            }
            if round == 2 {
                var bytes = journal.folder.read(".onward/index")!
                bytes[bytes.count / 3] &+= 1
                try journal.folder.write(".onward/index", bytes)
            }
            try sameAnswers(journal.store)
        }
    }

    private func sameAnswers(_ store: JournalStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let full = try store.load()
        // The one-pass search and the partial-decode list, first on an index the edits made
        // stale, then (after the refresh below saved it) on a current one.
        let index = JournalIndex(store: store)
        var filters = [EntryFilter(tag: "big-tech", limit: 20), EntryFilter(limit: 7), EntryFilter(kind: .reflection), EntryFilter(limit: 0)]
        // Days from the journal itself, so `since` (which may stop the decoding early) matters.
        for stored in [full.entries.first, full.entries.dropFirst(full.entries.count / 2).first, full.entries.last].compactMap({ $0 }) {
            let day = stored.entry.day
            filters += [EntryFilter(since: day), EntryFilter(kind: stored.entry.kind, since: day, until: day, limit: 1),
                        EntryFilter(since: day.adding(days: -1), until: day.adding(days: 1))]
        }
        let searches = [Search(["word1"]), Search(["WORD1", "line", "two"]), Search(["no-such-word-anywhere"])]
        func fastPathsAgree(_ when: String) throws {
            for filter in filters {
                let selection = try index.select(filter)
                let expected = filter.apply(to: full.entries).map { var s = $0; s.entry = s.entry.indexProjection; return s }
                #expect(selection.entries == expected, "\(when) \(filter)", sourceLocation: sourceLocation)
                #expect(selection.total == full.entries.count && selection.problems == full.problems, "\(when)", sourceLocation: sourceLocation)
            }
            for search in searches {
                let outcome = try index.search(search)
                let expected = search.run(in: full, store: store)
                #expect(outcome.results.map(\.snippet) == expected.map(\.snippet), "\(when) \(search.words)", sourceLocation: sourceLocation)
                #expect(outcome.results.map(\.stored.relativePath) == expected.map(\.stored.relativePath), "\(when)", sourceLocation: sourceLocation)
                #expect(outcome.results.map(\.stored.entry) == expected.map(\.stored.entry.indexProjection), "\(when)", sourceLocation: sourceLocation)
                #expect(outcome.problems == full.problems, "\(when)", sourceLocation: sourceLocation)
            }
        }
        try fastPathsAgree("stale")
        let indexed = try store.loadIndexed()
        try fastPathsAgree("current")
        var projected = full
        projected.entries = full.entries.map { var s = $0; s.entry = s.entry.indexProjection; return s }
        expectSame(indexed, projected, sourceLocation: sourceLocation)

        let today = LocalDay(year: 2026, month: 12, day: 6)
        #expect(Stats(entries: indexed.entries.map(\.entry), today: today) == Stats(entries: full.entries.map(\.entry), today: today), sourceLocation: sourceLocation)
        #expect(Insights(entries: indexed.entries.map(\.entry)) == Insights(entries: full.entries.map(\.entry)), sourceLocation: sourceLocation)
        let filter = EntryFilter(tag: "big-tech", limit: 20)
        #expect(ListJSON(entries: filter.apply(to: indexed.entries), problems: indexed.problems)
                == ListJSON(entries: filter.apply(to: full.entries), problems: full.problems), sourceLocation: sourceLocation)
        let search = Search(["word1"])
        #expect(search.run(in: indexed, store: store).map(\.snippet) == search.run(in: full, store: store).map(\.snippet), sourceLocation: sourceLocation)
    }
}
