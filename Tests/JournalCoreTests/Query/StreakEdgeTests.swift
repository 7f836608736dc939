import Testing
@testable import JournalCore

/// Streaks where calendars and clocks get awkward: time-zone changes, month, year and leap-day
/// ends, and several check-ins in one day.
@Suite("Streak edges")
struct StreakEdgeTests {
    private func streak(_ times: [String], today: String) throws -> Streak {
        Stats(entries: try times.map { try QueryFixture.checkin($0) }, today: try QueryFixture.day(today)).streak
    }

    @Test func flyingWestKeepsTheDaysAsLived() throws {
        // Monday late in Paris, Tuesday evening in New York (already Wednesday in UTC), Wednesday in New York.
        let s = try streak(["2026-03-02T23:30:00+01:00", "2026-03-03T20:00:00-05:00", "2026-03-04T08:00:00-05:00"], today: "2026-03-04")
        #expect(s.current == 3)
        #expect(s.checkedInToday)
    }

    @Test func flyingEastDoesNotMakeAGapOrADoubleDay() throws {
        // Tuesday morning in Tokyo is still Monday in UTC, yet it is Tuesday as the person lived it.
        let s = try streak(["2026-03-02T21:00:00-05:00", "2026-03-03T07:00:00+09:00"], today: "2026-03-03")
        #expect(s.current == 2)
        #expect(s.longest == 2)
    }

    @Test func aDayMissedIsAFreshStartNotAnError() throws {
        let s = try streak(["2026-03-01T09:00:00+00:00", "2026-03-02T09:00:00+00:00", "2026-03-04T09:00:00+00:00"], today: "2026-03-04")
        #expect(s.current == 1)
        #expect(s.longest == 2)
    }

    @Test func severalCheckinsADayAcrossAMonthEnd() throws {
        let s = try streak(["2026-01-31T07:00:00+01:00", "2026-01-31T22:00:00+01:00", "2026-02-01T00:10:00+01:00",
                            "2026-02-01T23:50:00+01:00"], today: "2026-02-01")
        #expect(s.current == 2)
        #expect(s.longest == 2)
    }

    @Test func leapDayAndYearEnd() throws {
        let leap = try streak(["2028-02-28T09:00:00+00:00", "2028-02-29T09:00:00+00:00", "2028-03-01T09:00:00+00:00"], today: "2028-03-01")
        #expect(leap.current == 3)
        let year = try streak(["2026-12-31T23:00:00-08:00", "2027-01-01T06:00:00+13:00"], today: "2027-01-02")
        #expect(year.current == 2)  // yesterday's run is still alive today
        #expect(!year.checkedInToday)
    }
}
