/// A day of the week, for `week_start`; numbered as ISO 8601 does (Monday is 1).
public enum Weekday: String, CaseIterable, Equatable, Sendable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// 1 for Monday ... 7 for Sunday, like `LocalDay.isoWeekday`.
    public var isoNumber: Int { Weekday.allCases.firstIndex(of: self)! + 1 }

    /// The first day of the week that contains `day`, when weeks start on this weekday.
    public func start(of day: LocalDay) -> LocalDay {
        day.adding(days: -((day.isoWeekday - isoNumber + 7) % 7))
    }
}
