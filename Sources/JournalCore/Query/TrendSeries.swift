/// Check-in values over the last `days` days ending on a given day, in buckets of whole days
/// (one day each for 30 days; three days each for 90), oldest first, for a sparkline.
public struct TrendSeries: Equatable, Sendable {
    /// How many days the series covers.
    public var days: Int
    /// How many days each value stands for.
    public var bucketDays: Int
    /// The mean of the days with a value in each bucket; nil when none had one.
    public var values: [Double?]
    /// The mean over all the days that had a value; nil when none did.
    public var average: Double?
    /// How many days had a value.
    public var daysWithValues: Int

    /// Buckets `points` (one per day, any order) into `days / bucketDays` values ending on `last`.
    public init(_ points: [CheckinPoint], value: KeyPath<CheckinPoint, Double?>, days: Int, bucketDays: Int = 1, endingOn last: LocalDay) {
        let bucketDays = max(1, bucketDays)
        let count = max(1, (days + bucketDays - 1) / bucketDays)
        let first = last.adding(days: -(count * bucketDays - 1))
        var sums = Array(repeating: 0.0, count: count)
        var counts = Array(repeating: 0, count: count)
        for point in points where point.day >= first && point.day <= last {
            guard let v = point[keyPath: value] else { continue }
            let bucket = (point.day.ordinal - first.ordinal) / bucketDays
            sums[bucket] += v
            counts[bucket] += 1
        }
        self.days = days
        self.bucketDays = bucketDays
        values = zip(sums, counts).map { $1 == 0 ? nil : $0 / Double($1) }
        let total = counts.reduce(0, +)
        daysWithValues = total
        average = total == 0 ? nil : sums.reduce(0, +) / Double(total)
    }

    /// The series as marks on `scale` (see `Sparkline`).
    public func sparkline(scale: ClosedRange<Double>) -> String { Sparkline.marks(values, scale: scale) }
}

extension Stats {
    /// Mood or energy (or sleep) over the last `days` days ending today, `bucketDays` days a mark.
    public func trend(_ value: KeyPath<CheckinPoint, Double?>, days: Int, bucketDays: Int = 1) -> TrendSeries {
        TrendSeries(checkins, value: value, days: days, bucketDays: bucketDays, endingOn: today)
    }
}
