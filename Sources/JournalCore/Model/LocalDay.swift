/// A calendar day as the person lived it (no time zone): the unit of streaks and "today".
public struct LocalDay: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year; self.month = month; self.day = day
    }

    /// True for a day that exists on the calendar (not 2026-02-30).
    public var isValid: Bool { CivilCalendar.isValid(year: year, month: month, day: day) }

    /// Days since 1970-01-01 (negative before), by the proleptic Gregorian calendar.
    public var ordinal: Int { CivilCalendar.daysFromCivil(year: year, month: month, day: day) }

    /// The day `ordinal` days after 1970-01-01.
    public init(ordinal: Int) {
        let c = CivilCalendar.civilFromDays(ordinal)
        self.init(year: c.year, month: c.month, day: c.day)
    }

    /// The day `n` days later (earlier when negative).
    public func adding(days n: Int) -> LocalDay { LocalDay(ordinal: ordinal + n) }

    /// Monday = 1 ... Sunday = 7 (ISO 8601).
    public var isoWeekday: Int {
        let w = (ordinal + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(parsing text: Substring) {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == 0x2d, b[7] == 0x2d,
              let y = Digits.value(b[0..<4]), let m = Digits.value(b[5..<7]), let d = Digits.value(b[8..<10]),
              CivilCalendar.isValid(year: y, month: m, day: d) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init?(parsing text: String) { self.init(parsing: Substring(text)) }

    /// `YYYY-MM-DD`.
    public var description: String {
        Digits.pad(year, 4) + "-" + Digits.pad(month, 2) + "-" + Digits.pad(day, 2)
    }

    public static func < (a: LocalDay, b: LocalDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = LocalDay(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
