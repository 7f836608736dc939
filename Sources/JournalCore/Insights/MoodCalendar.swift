/// A month-by-month grid of the check-ins' mood, readable without colour: each day shows its
/// mood as a number (1-9, `X` for 10), `·` for a day without a mood, blank outside the month.
public enum MoodCalendar {
    /// The months from the first check-in with a mood to `today`'s month (at most `months`), as text lines.
    public static func lines(entries: some Sequence<Entry>, today: LocalDay, months: Int = 3) -> [String] {
        let mood = moods(entries: entries, today: today)
        guard let first = mood.keys.min() else { return [] }
        var out: [String] = []
        for m in shownMonths(first: first, today: today, months: months) {
            if !out.isEmpty { out.append("") }
            out += grid(year: m.year, month: m.month, mood: mood, today: today)
        }
        out += ["", "mood 1-9 as a digit, X for 10, · no mood that day"]
        return out
    }

    /// Each day's mood: the latest check-in of the day that has one, up to `today`.
    public static func moods(entries: some Sequence<Entry>, today: LocalDay) -> [LocalDay: Int] {
        var mood: [LocalDay: (LocalTimestamp, Int)] = [:]
        for e in entries where e.kind == .checkin && e.status == nil {
            guard let m = e.mood, e.day <= today else { continue }
            if let known = mood[e.day], known.0 >= e.created { continue }
            mood[e.day] = (e.created, m)
        }
        return mood.mapValues(\.1)
    }

    /// The months the calendar shows, oldest first: back from `today`'s to the first mood's, at most `months`.
    public static func shownMonths(first: LocalDay, today: LocalDay, months: Int = 3) -> [(year: Int, month: Int)] {
        var month = (year: today.year, month: today.month)
        var wanted: [(year: Int, month: Int)] = []
        while wanted.count < max(1, months) {
            wanted.insert(month, at: 0)
            if month.year < first.year || (month.year == first.year && month.month <= first.month) { break }
            month = month.month == 1 ? (month.year - 1, 12) : (month.year, month.month - 1)
        }
        return wanted
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    /// One month: its name, the weekday row, then a row per week (Monday first), 3 columns a day.
    static func grid(year: Int, month: Int, mood: [LocalDay: Int], today: LocalDay) -> [String] {
        var lines = ["\(monthNames[month - 1]) \(year)", " Mo Tu We Th Fr Sa Su"]
        let start = LocalDay(year: year, month: month, day: 1)
        var row = String(repeating: "   ", count: start.isoWeekday - 1)
        var day = start
        // The month stops at today: days to come have nothing to show.
        while day.month == month, day <= today {
            let mark: String
            if let m = mood[day] { mark = m >= 10 ? "X" : "\(m)" } else { mark = "·" }
            row += "  " + mark
            if day.isoWeekday == 7 { lines.append(row); row = "" }
            day = day.adding(days: 1)
        }
        if !row.isEmpty { lines.append(row) }
        return lines.map { $0.trailingSpacesRemoved }
    }
}

private extension String {
    var trailingSpacesRemoved: String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
