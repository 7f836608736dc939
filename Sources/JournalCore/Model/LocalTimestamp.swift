import Foundation

/// A moment as written in an entry: local wall-clock time plus its UTC offset,
/// e.g. `2026-11-27T14:05:00+01:00`. Keeping the offset keeps the day the person lived.
public struct LocalTimestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var day: LocalDay
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Seconds east of UTC.
    public var utcOffset: Int

    public init(day: LocalDay, hour: Int = 0, minute: Int = 0, second: Int = 0, utcOffset: Int = 0) {
        self.day = day; self.hour = hour; self.minute = minute; self.second = second; self.utcOffset = utcOffset
    }

    public var year: Int { day.year }
    public var month: Int { day.month }

    /// The same moment as a Foundation `Date`.
    public var date: Date {
        let seconds = day.ordinal * 86400 + hour * 3600 + minute * 60 + second - utcOffset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// `date` seen in `timeZone` (the current one by default).
    public init(_ date: Date, in timeZone: TimeZone = .current) {
        let offset = timeZone.secondsFromGMT(for: date)
        let total = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = total >= 0 ? total / 86400 : (total - 86399) / 86400
        let rest = total - days * 86400
        self.init(day: LocalDay(ordinal: days), hour: rest / 3600, minute: (rest % 3600) / 60, second: rest % 60, utcOffset: offset)
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS][.fff](Z|±HH:MM|±HHMM)` or a bare `YYYY-MM-DD` (midnight, UTC offset 0).
    public init?(parsing text: String) {
        let b = Array(text.utf8)
        guard b.count >= 10, let day = LocalDay(parsing: Substring(decoding: b[0..<10], as: UTF8.self)) else { return nil }
        if b.count == 10 { self.init(day: day); return }
        guard b.count >= 16, b[10] == 0x54 || b[10] == 0x20 || b[10] == 0x74, b[13] == 0x3a,
              let h = Digits.value(b[11..<13]), let mi = Digits.value(b[14..<16]), h < 24, mi < 60 else { return nil }
        var i = 16
        var s = 0
        if i < b.count, b[i] == 0x3a {
            guard i + 3 <= b.count, let sv = Digits.value(b[(i + 1)..<(i + 3)]), sv < 61 else { return nil }
            s = min(sv, 59); i += 3
            if i < b.count, b[i] == 0x2e {  // fractional seconds are dropped
                i += 1
                let digitsStart = i
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
                guard i > digitsStart else { return nil }
            }
        }
        // YAML timestamps may put spaces before the zone: `2026-11-27 14:05:00 +01:00`.
        if i < b.count, b[i] == 0x20 || b[i] == 0x09 {
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            guard i < b.count else { return nil }
        }
        var offset = 0
        if i == b.count {
            offset = 0
        } else if b[i] == 0x5a || b[i] == 0x7a, i + 1 == b.count {
            offset = 0
        } else if b[i] == 0x2b || b[i] == 0x2d {
            let sign = b[i] == 0x2d ? -1 : 1
            let rest = Array(b[(i + 1)...])
            let hh: Int?, mm: Int?
            if rest.count == 5, rest[2] == 0x3a { hh = Digits.value(rest[0..<2]); mm = Digits.value(rest[3..<5]) }
            else if rest.count == 4 { hh = Digits.value(rest[0..<2]); mm = Digits.value(rest[2..<4]) }
            else if rest.count == 2 { hh = Digits.value(rest[0..<2]); mm = 0 }
            else { return nil }
            guard let oh = hh, let om = mm, oh <= 18, om < 60 else { return nil }
            offset = sign * (oh * 3600 + om * 60)
        } else {
            return nil
        }
        self.init(day: day, hour: h, minute: mi, second: s, utcOffset: offset)
    }

    /// ISO 8601 with the offset, as onward writes it: `2026-11-27T14:05:00+01:00`.
    public var description: String {
        let sign = utcOffset < 0 ? "-" : "+"
        let off = abs(utcOffset)
        return day.description + "T" + Digits.pad(hour, 2) + ":" + Digits.pad(minute, 2) + ":" + Digits.pad(second, 2)
            + sign + Digits.pad(off / 3600, 2) + ":" + Digits.pad((off % 3600) / 60, 2)
    }

    /// Earlier instants first; the same instant written in two time zones is ordered by offset,
    /// so `<` agrees with `==` (which compares the fields as written).
    public static func < (a: LocalTimestamp, b: LocalTimestamp) -> Bool {
        let (x, y) = (a.date, b.date)
        return x == y ? a.utcOffset < b.utcOffset : x < y
    }
}
