/// A day written by a tracker: `2026-11-20`, `2026/11/20`, the date part of a date and time, or a
/// spreadsheet's `11/20/2026` (month first, as in the US) or `20/11/2026` (day first).
///
/// Which of the last two a file uses is settled by the file as a whole: a first number over 12
/// means day first, a second one over 12 month first. When no date settles it, month first is
/// taken and the import says so.
enum ApplicationCSVDate {
    /// The order of a file's `a/b/yyyy` dates.
    enum Order: Equatable, Sendable { case monthFirst, dayFirst }

    /// How a file's slashed dates are read: the order, and a date that could be read either way
    /// when nothing in the file settles it (nil when settled, or when there are none).
    struct Reading: Equatable, Sendable {
        var order: Order = .monthFirst
        var ambiguousExample: String?
        /// A date that only day first reads beside one only month first reads: the file mixes both.
        var mixedExamples: (dayFirst: String, monthFirst: String)? = nil

        static func == (a: Reading, b: Reading) -> Bool {
            a.order == b.order && a.ambiguousExample == b.ambiguousExample
                && a.mixedExamples?.dayFirst == b.mixedExamples?.dayFirst && a.mixedExamples?.monthFirst == b.mixedExamples?.monthFirst
        }
    }

    /// Settles the order from every date cell of the file.
    static func reading(of cells: [String]) -> Reading {
        var dayFirst = false, monthFirst = false
        var example: String?
        var onlyDayFirst: String?, onlyMonthFirst: String?
        for cell in cells {
            guard let (a, b, _) = parts(cell) else { continue }
            // Only a day the calendar has is evidence: 02/30 is no day either way round.
            let asDayFirst = day(cell, order: .dayFirst) != nil, asMonthFirst = day(cell, order: .monthFirst) != nil
            let shown = cell.trimmingCharacters(in: .whitespaces)
            if asDayFirst && !asMonthFirst { dayFirst = true; onlyDayFirst = onlyDayFirst ?? shown }
            if asMonthFirst && !asDayFirst { monthFirst = true; onlyMonthFirst = onlyMonthFirst ?? shown }
            if asDayFirst && asMonthFirst && a != b && example == nil { example = cell.trimmingCharacters(in: .whitespaces) }
        }
        if dayFirst && !monthFirst { return Reading(order: .dayFirst) }
        if monthFirst && !dayFirst { return Reading(order: .monthFirst) }
        // Both orders appear (a file put together from two sources): month first, and the import says so.
        if let d = onlyDayFirst, let m = onlyMonthFirst { return Reading(order: .monthFirst, mixedExamples: (d, m)) }
        return Reading(order: .monthFirst, ambiguousExample: example)
    }

    static func day(_ text: String, order: Order = .monthFirst) -> LocalDay? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let (a, b, year) = parts(t) {
            let (month, day) = order == .monthFirst ? (a, b) : (b, a)
            guard (1...12).contains(month), (1...31).contains(day) else { return nil }
            let candidate = LocalDay(year: year, month: month, day: day)
            // Only a day the calendar has (not 2/30).
            return LocalDay(parsing: candidate.description) == nil ? nil : candidate
        }
        guard t.utf8.count >= 10 else { return nil }
        let head = String(t.prefix(10)).replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".", with: "-")
        guard let day = LocalDay(parsing: head) else { return nil }
        if t.utf8.count > 10, let next = t.dropFirst(10).first, next != "T", next != " " { return nil }
        return day
    }

    /// `a/b/yyyy` (or with `.` or `-`, and a two-digit year as 20yy), optionally followed by a time.
    private static func parts(_ text: String) -> (Int, Int, Int)? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let date = t.prefix { $0 != " " && $0 != "T" }
        guard let separator = date.first(where: { $0 == "/" || $0 == "." || $0 == "-" }) else { return nil }
        let fields = date.split(separator: separator, omittingEmptySubsequences: false)
        guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              fields[0].count <= 2, fields[1].count <= 2, fields[2].count == 4 || fields[2].count == 2,
              let a = Int(fields[0]), let b = Int(fields[1]), var year = Int(fields[2]) else { return nil }
        if fields[2].count == 2 { year += 2000 }
        return (a, b, year)
    }
}
