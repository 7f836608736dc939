/// A calendar day (year, month, day) with the arithmetic a date field needs; no time, no zone.
///
/// Kept free of `Date` and `Calendar` so widgets stay deterministic: "today" is always
/// supplied by the caller.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// A date from its parts (not checked; see `isValid`).
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly "YYYY-MM-DD"; nil when the form or the date is wrong.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
        guard isValid else { return nil }
    }

    /// "YYYY-MM-DD".
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var y = "\(year)"
        while y.count < 4 { y = "0" + y }
        return "\(y)-\(two(month))-\(two(day))"
    }

    /// True when the day exists (1-9999 years, Gregorian calendar).
    public var isValid: Bool {
        (1...9999).contains(year) && (1...12).contains(month) && (1...Self.daysIn(month: month, year: year)).contains(day)
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Gregorian leap year rule.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// This date moved by `days` (negative goes back), across months and years.
    public func adding(days: Int) -> CalendarDate {
        var result = self
        var remaining = days
        while remaining > 0 {
            result.day += 1
            if result.day > Self.daysIn(month: result.month, year: result.year) {
                result.day = 1
                result.month += 1
                if result.month > 12 { result.month = 1; result.year += 1 }
            }
            remaining -= 1
        }
        while remaining < 0 {
            result.day -= 1
            if result.day < 1 {
                result.month -= 1
                if result.month < 1 { result.month = 12; result.year -= 1 }
                result.day = Self.daysIn(month: result.month, year: result.year)
            }
            remaining += 1
        }
        return result
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
