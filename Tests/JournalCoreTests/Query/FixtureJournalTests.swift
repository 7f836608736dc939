import Testing
@testable import JournalCore

@Suite("The fixture journal")
struct FixtureJournalTests {
    @Test func loadsEightEntriesAndReportsTheBrokenOne() throws {
        let snapshot = try QueryFixture.snapshot()
        #expect(snapshot.entries.count == 8)
        #expect(snapshot.problems.map(\.relativePath) == ["entries/2026/12/2026-12-06-1000-checkin.md"])
        #expect(snapshot.entries.first?.entry.id.rawValue == "2026-12-05-1100-reflection-globex")
    }
}
