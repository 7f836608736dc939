import Testing
@testable import JournalCore

@Suite("Insights")
struct InsightsTests {
    @Test func newestEntryFirstAndFileOrderWithin() throws {
        let insights = Insights(entries: try QueryFixture.snapshot().entries.map(\.entry))
        #expect(insights.achievements.map(\.text) == [
            "Reached the interview stage within a week of applying",
            "Led the migration of the billing service to Postgres without downtime",
            "Got through five interview rounds",
            "Built the dashboard that cut the monthly report from two days to one hour",
            "Taught two colleagues SQL window functions",
        ])
        #expect(insights.lessons.map(\.entryID.rawValue) == [
            "2026-12-05-1100-reflection-globex", "2026-11-27-1405-reflection-acme", "2026-11-27-1405-reflection-acme",
            "2026-10-14-0930-reflection-northwind",
        ])
        let first = try #require(insights.achievements.first)
        #expect(first.title == "Globex, Platform Engineer")
        #expect(first.day == (try QueryFixture.day("2026-12-05")))
    }

    @Test func orderDoesNotDependOnTheInput() throws {
        let entries = try QueryFixture.snapshot().entries.map(\.entry)
        #expect(Insights(entries: entries.reversed()) == Insights(entries: entries))
    }

    @Test func oneKindOnly() throws {
        let insights = Insights(entries: try QueryFixture.snapshot().entries.map(\.entry), kinds: [.lesson])
        #expect(insights.items.count == 4)
        #expect(insights.achievements.isEmpty)
    }
}
