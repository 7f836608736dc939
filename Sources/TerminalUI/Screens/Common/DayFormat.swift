import JournalCore

/// Dates in words for screens: "Friday 27 November 2026".
public enum DayFormat {
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// "Friday 27 November 2026".
    public static func long(_ day: LocalDay) -> String {
        "\(weekdays[day.isoWeekday - 1]) \(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// "Fri 27 Nov".
    public static func short(_ day: LocalDay) -> String {
        "\(weekdays[day.isoWeekday - 1].prefix(3)) \(day.day) \(months[day.month - 1].prefix(3))"
    }

    /// "Fri 27 Nov" for a day of `today`'s year, "Fri 1 Jan 1999" for another year's.
    public static func short(_ day: LocalDay, today: LocalDay) -> String {
        day.year == today.year ? short(day) : short(day) + " \(day.year)"
    }
}
