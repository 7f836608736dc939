/// `onward stats --calendar --json`: the months the calendar shows and each day's mood.
///
/// Keys: `format_version`, `today`, `months` ([{month: "YYYY-MM", days: [{day, mood?}]}], oldest
/// first; every day of the month up to today, `mood` left out on a day without one).
public struct MoodCalendarJSON: Codable, Equatable, Sendable {
    public struct DayJSON: Codable, Equatable, Sendable {
        public var day: String
        public var mood: Int?
    }

    public struct MonthJSON: Codable, Equatable, Sendable {
        public var month: String
        public var days: [DayJSON]
    }

    public var formatVersion = JSONOutput.formatVersion
    public var today: String
    public var months: [MonthJSON]

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", today, months
    }

    public init(entries: some Sequence<Entry>, today: LocalDay) {
        self.today = today.description
        let mood = MoodCalendar.moods(entries: entries, today: today)
        guard let first = mood.keys.min() else { months = []; return }
        months = MoodCalendar.shownMonths(first: first, today: today).map { m in
            var days: [DayJSON] = []
            var day = LocalDay(year: m.year, month: m.month, day: 1)
            while day.month == m.month, day <= today {
                days.append(DayJSON(day: day.description, mood: mood[day]))
                day = day.adding(days: 1)
            }
            return MonthJSON(month: Digits.pad(m.year, 4) + "-" + Digits.pad(m.month, 2), days: days)
        }
    }
}
