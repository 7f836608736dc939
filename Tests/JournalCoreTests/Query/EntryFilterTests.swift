import Testing
@testable import JournalCore

@Suite("EntryFilter")
struct EntryFilterTests {
    private func ids(_ filter: EntryFilter) throws -> [String] {
        filter.apply(to: try QueryFixture.snapshot().entries).map(\.entry.id.rawValue)
    }

    @Test func noConditionsKeepsEverythingNewestFirst() throws {
        let all = try ids(EntryFilter())
        #expect(all.count == 8)
        #expect(all.first == "2026-12-05-1100-reflection-globex")
        #expect(all.last == "2026-10-14-0930-reflection-northwind")
    }

    @Test func byKind() throws {
        #expect(try ids(EntryFilter(kind: .reflection)) == [
            "2026-12-05-1100-reflection-globex", "2026-11-27-1405-reflection-acme", "2026-10-14-0930-reflection-northwind",
        ])
        #expect(try ids(EntryFilter(kind: .note)) == ["2026-12-03-1800-note-coffee-with-sam"])
    }

    @Test func dayRangeIsInclusiveAndUsesTheDayAsWritten() throws {
        let f = EntryFilter(since: try QueryFixture.day("2026-11-29"), until: try QueryFixture.day("2026-11-30"))
        // The 11-30 check-in was written at 23:30 in Toronto (already 12-01 in UTC): still 11-30.
        #expect(try ids(f) == ["2026-11-30-2330-checkin", "2026-11-29-2130-checkin"])
    }

    @Test func tagIgnoresCaseAndHash() throws {
        #expect(try ids(EntryFilter(tag: "big-tech")) == ["2026-11-27-1405-reflection-acme"])
        #expect(try ids(EntryFilter(tag: "#Rejection")).count == 3)
        #expect(try ids(EntryFilter(tag: "nothing")).isEmpty)
    }

    @Test func limitCutsAfterFiltering() throws {
        #expect(try ids(EntryFilter(kind: .checkin, limit: 2)) == ["2026-12-01-0915-checkin", "2026-11-30-2330-checkin"])
        #expect(try ids(EntryFilter(limit: 0)).isEmpty)
    }
}
