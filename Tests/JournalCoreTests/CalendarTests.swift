import Foundation
import Testing
@testable import JournalCore

@Suite("Calendar and timestamps")
struct CalendarTests {
    static let utcGregorian: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    @Test func ordinalRoundTripsEveryDayFrom1900To2100() {
        let start = LocalDay(year: 1900, month: 1, day: 1).ordinal
        let end = LocalDay(year: 2100, month: 12, day: 31).ordinal
        #expect(end - start + 1 == 73_414)  // 201 years, 49 leap days (1900 and 2100 are not leap years)
        var previous: LocalDay?
        for n in start...end {
            let day = LocalDay(ordinal: n)
            if day.ordinal != n { Issue.record("\(day) -> \(day.ordinal), expected \(n)"); return }
            if let previous, !(previous < day) { Issue.record("\(previous) !< \(day)"); return }
            previous = day
        }
    }

    @Test func ordinalsAgreeWithFoundation() throws {
        var rng = SplitMix64(seed: 1970)
        let epoch = Date(timeIntervalSince1970: 0)
        for _ in 0..<500 {
            let n = Int.random(in: -25_567...47_846, using: &rng)  // 1900-01-01 ... 2100-12-31
            let date = Self.utcGregorian.date(byAdding: .day, value: n, to: epoch)!
            let c = Self.utcGregorian.dateComponents([.year, .month, .day, .weekday], from: date)
            let day = LocalDay(ordinal: n)
            #expect(day == LocalDay(year: c.year!, month: c.month!, day: c.day!))
            // Foundation: Sunday = 1 ... Saturday = 7; ISO: Monday = 1 ... Sunday = 7.
            #expect(day.isoWeekday == (c.weekday! + 5) % 7 + 1)
        }
    }

    @Test(arguments: [
        (1970, 1, 1, 0, 4), (1969, 12, 31, -1, 3), (2000, 2, 29, 11_016, 2), (2026, 11, 27, 20_784, 5),
        (1900, 1, 1, -25_567, 1), (2100, 12, 31, 47_846, 5),
    ])
    func knownDays(year: Int, month: Int, day: Int, ordinal: Int, weekday: Int) {
        let d = LocalDay(year: year, month: month, day: day)
        #expect(d.ordinal == ordinal)
        #expect(d.isoWeekday == weekday)
        #expect(LocalDay(ordinal: ordinal) == d)
    }

    @Test(arguments: [(1900, false), (2000, true), (2024, true), (2026, false), (2100, false), (2400, true)])
    func leapYears(year: Int, leap: Bool) {
        #expect(CivilCalendar.daysInMonth(year: year, month: 2) == (leap ? 29 : 28))
        #expect((LocalDay(parsing: "\(year)-02-29") != nil) == leap)
        #expect(LocalDay(year: year, month: 2, day: 28).adding(days: 1) == (leap ? LocalDay(year: year, month: 2, day: 29) : LocalDay(year: year, month: 3, day: 1)))
    }

    @Test func addingDaysCrossesMonthsAndYears() {
        #expect(LocalDay(year: 2026, month: 12, day: 31).adding(days: 1) == LocalDay(year: 2027, month: 1, day: 1))
        #expect(LocalDay(year: 2026, month: 3, day: 1).adding(days: -1) == LocalDay(year: 2026, month: 2, day: 28))
        #expect(LocalDay(year: 2026, month: 1, day: 1).adding(days: 365) == LocalDay(year: 2027, month: 1, day: 1))
    }

    @Test(arguments: ["2026-11-27", "0999-01-01", "2024-02-29"])
    func dayPrintsAsParsed(text: String) throws {
        #expect(try #require(LocalDay(parsing: text)).description == text)
    }

    @Test(arguments: ["2026-13-01", "2026-00-10", "2026-02-29", "2026-04-31", "2026-1-01", "26-11-27", "2026/11/27", "2026-11-27 ", "", "２０２６-11-27"])
    func badDaysAreRejected(text: String) {
        #expect(LocalDay(parsing: text) == nil)
    }

    @Test func dayCodable() throws {
        let data = try JSONEncoder().encode([LocalDay(year: 2026, month: 1, day: 2)])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-01-02\"]")
        #expect(try JSONDecoder().decode([LocalDay].self, from: data) == [LocalDay(year: 2026, month: 1, day: 2)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([LocalDay].self, from: Data("[\"2026-02-30\"]".utf8)) }
    }

    // MARK: Timestamps

    @Test(arguments: [
        ("2026-11-27T14:05:00+01:00", 3600, "2026-11-27T14:05:00+01:00"),
        ("2026-11-27T14:05:00-05:30", -19_800, "2026-11-27T14:05:00-05:30"),
        ("2026-11-27T14:05:00Z", 0, "2026-11-27T14:05:00+00:00"),
        ("2026-11-27t14:05:00z", 0, "2026-11-27T14:05:00+00:00"),
        ("2026-11-27T14:05:00.123456+01:00", 3600, "2026-11-27T14:05:00+01:00"),
        ("2026-11-27T14:05:07.5Z", 0, "2026-11-27T14:05:07+00:00"),
        ("2026-11-27 14:05:00 +0100", 3600, "2026-11-27T14:05:00+01:00"),
        ("2026-11-27T14:05+01", 3600, "2026-11-27T14:05:00+01:00"),
        ("2026-11-27T14:05:60Z", 0, "2026-11-27T14:05:59+00:00"),
        ("2026-11-27", 0, "2026-11-27T00:00:00+00:00"),
    ] as [(String, Int, String)])
    func timestampParsesAndPrints(text: String, offset: Int, printed: String) throws {
        let t = try #require(LocalTimestamp(parsing: text))
        #expect(t.utcOffset == offset)
        #expect(t.description == printed)
        #expect(LocalTimestamp(parsing: printed) == t)
    }

    @Test(arguments: [
        "", "yesterday", "2026-11-27T", "2026-11-27T24:00:00Z", "2026-11-27T14:60:00Z", "2026-11-27T14:05:00+19:00",
        "2026-11-27T14:05:00+01:60", "2026-11-27T14:05:00+1", "2026-11-27T14:05:00.Z", "2026-11-27T14:05:00ZZ",
        "2026-11-27T14:05:00 ", "2026-11-27T14:05:00 X", "2026-11-27X14:05:00Z", "2026-02-30T10:00:00Z", "2026-11-27T1:05:00Z",
        "2026-11-27T14:05:0Z",
    ])
    func badTimestampsAreRejected(text: String) {
        #expect(LocalTimestamp(parsing: text) == nil)
    }

    @Test func sameInstantInDifferentZones() throws {
        let a = try timestamp("2026-11-27T14:05:00+01:00")
        let b = try timestamp("2026-11-27T08:35:00-04:30")
        #expect(a.date == b.date)
        #expect(a.date == Date(timeIntervalSince1970: 1_795_784_700))
        #expect(a.day == b.day)
        let c = try timestamp("2026-11-28T00:30:00+01:00")
        #expect(a < c)
        // The local day is the one the person lived, not UTC's.
        #expect(c.day == LocalDay(year: 2026, month: 11, day: 28))
    }

    @Test(arguments: ["UTC", "Europe/Paris", "America/St_Johns", "Asia/Kolkata", "Pacific/Kiritimati"])
    func fromDateInTimeZone(zone: String) throws {
        let tz = try #require(TimeZone(identifier: zone))
        var rng = SplitMix64(seed: 7)
        for _ in 0..<50 {
            let seconds = Int.random(in: 0...4_000_000_000, using: &rng)
            let date = Date(timeIntervalSince1970: TimeInterval(seconds) + 0.75)
            let t = LocalTimestamp(date, in: tz)
            #expect(t.date == Date(timeIntervalSince1970: TimeInterval(seconds)))
            #expect(t.utcOffset == tz.secondsFromGMT(for: date))
            var cal = Self.utcGregorian
            cal.timeZone = tz
            let c = cal.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            #expect(LocalDay(year: c.year!, month: c.month!, day: c.day!) == t.day)
            #expect([c.hour!, c.minute!, c.second!] as [Int] == [t.hour, t.minute, t.second])
            #expect(LocalTimestamp(parsing: t.description) == t)
        }
    }

    @Test func beforeTheEpoch() {
        let t = LocalTimestamp(Date(timeIntervalSince1970: -1), in: TimeZone(identifier: "UTC")!)
        #expect(t.description == "1969-12-31T23:59:59+00:00")
    }
}
