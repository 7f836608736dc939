import Testing
@testable import JournalCore

@Suite("Stats")
struct StatsTests {
    private func stats(_ entries: [Entry], today: String) throws -> Stats {
        Stats(entries: entries, today: try QueryFixture.day(today))
    }

    @Test func fixtureCounts() throws {
        let s = Stats(entries: try QueryFixture.snapshot().entries.map(\.entry), today: try QueryFixture.day("2026-12-06"))
        #expect(s.totalEntries == 8)
        #expect(s.count(of: .reflection) == 3)
        #expect(s.count(of: .checkin) == 4)
        #expect(s.count(of: .note) == 1)
        #expect(s.rejectionsByStage.map(\.stage) == Stage.allCases)
        #expect(s.rejectionsByStage.filter { $0.count > 0 }.map { "\($0.stage.rawValue) \($0.count)" }
            == ["screen 1", "interview 1", "final-interview 1"])
        #expect(s.intensity.map { "\($0.title) \($0.before!)→\($0.after!)" }
            == ["Northwind, Data Analyst 6→4", "Acme, Backend Engineer 7→5", "Globex, Platform Engineer 8→6"])
        #expect(s.selfCare.first == ActivityCount(activity: "exercise", count: 3))
        #expect(s.checkins.map(\.day.description) == ["2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01"])
        #expect(s.checkins.map(\.mood) == [4, 6, 7, 6])
    }

    @Test func streakAcrossAMonthEndWithACheckinFromAnotherTimeZone() throws {
        // 11-28, 11-29, 11-30 (written in Toronto, 12-01 in UTC) and 12-01: four days.
        let entries = try QueryFixture.snapshot().entries.map(\.entry)
        let onTheDay = try stats(entries, today: "2026-12-01")
        #expect(onTheDay.streak == Streak(current: 4, longest: 4, lastCheckin: try QueryFixture.day("2026-12-01"), checkedInToday: true))
        // Today not done yet is not a break.
        let nextDay = try stats(entries, today: "2026-12-02")
        #expect(nextDay.streak.current == 4)
        #expect(!nextDay.streak.checkedInToday)
        // Two days later it has ended, and the longest stays.
        let later = try stats(entries, today: "2026-12-03")
        #expect(later.streak.current == 0)
        #expect(later.streak.longest == 4)
    }

    @Test func streakAcrossAYearEnd() throws {
        let entries = try ["2026-12-30T20:00:00+01:00", "2026-12-31T23:59:00+01:00", "2027-01-01T00:01:00+01:00", "2027-01-02T07:00:00+01:00"]
            .map { try QueryFixture.checkin($0) }
        let s = try stats(entries, today: "2027-01-02")
        #expect(s.streak.current == 4)
        #expect(s.streak.longest == 4)
    }

    @Test func severalCheckinsOnOneDayCountOnce() throws {
        let entries = try [
            QueryFixture.checkin("2026-03-01T08:00:00+00:00", mood: 4),
            QueryFixture.checkin("2026-03-01T21:00:00+00:00", mood: 6),
            QueryFixture.checkin("2026-03-02T09:00:00+00:00", mood: 7),
        ]
        let s = try stats(entries, today: "2026-03-02")
        #expect(s.streak.current == 2)
        #expect(s.streak.longest == 2)
        #expect(s.checkins.map(\.checkins) == [2, 1])
        #expect(s.checkins.first?.mood == 5)  // the mean of the day
    }

    @Test func longestIsFoundInThePast() throws {
        let days = ["2026-01-01", "2026-01-02", "2026-01-03", "2026-02-10", "2026-02-11", "2026-02-28", "2026-03-01"]
        let entries = try days.map { try QueryFixture.checkin($0 + "T12:00:00+00:00") }
        let s = try stats(entries, today: "2026-03-01")
        #expect(s.streak.longest == 3)
        #expect(s.streak.current == 2)  // 02-28 and 03-01 (2026 is not a leap year)
    }

    @Test func checkinDatedTomorrowStillCounts() throws {
        // Written while far east of home: the file's day is ahead of the clock's today.
        let entries = try [QueryFixture.checkin("2026-05-09T20:00:00+02:00"), QueryFixture.checkin("2026-05-10T01:00:00+14:00")]
        let s = try stats(entries, today: "2026-05-09")
        #expect(s.streak.current == 2)
    }

    @Test func noCheckinsAtAll() throws {
        let s = try stats([], today: "2026-05-09")
        #expect(s.streak == Streak(current: 0, longest: 0, lastCheckin: nil, checkedInToday: false))
        #expect(s.totalEntries == 0)
        #expect(s.selfCare.isEmpty)
    }

    @Test func draftsAreLeftOut() throws {
        var draft = try QueryFixture.checkin("2026-05-09T20:00:00+02:00")
        draft.status = "draft"
        let s = try stats([draft], today: "2026-05-09")
        #expect(s.totalEntries == 0)
        #expect(s.streak.current == 0)
    }

    @Test func selfCareIsCountedOncePerCheckinIgnoringCase() throws {
        let entries = try [
            QueryFixture.checkin("2026-05-01T10:00:00+00:00", selfCare: ["Reading", "reading", "rest"]),
            QueryFixture.checkin("2026-05-02T10:00:00+00:00", selfCare: ["reading"]),
        ]
        let s = try stats(entries, today: "2026-05-02")
        #expect(s.selfCare == [ActivityCount(activity: "reading", count: 2), ActivityCount(activity: "rest", count: 1)])
    }
}
