/// The trend facts that both `onward stats` and the insights screen show, worded once so the
/// two never disagree: mood and energy over 30 and 90 days, feelings before and after each
/// reflection, the check-in streak, rejections by stage and the most frequent self-care.
public struct TrendSummary: Equatable, Sendable {
    /// The mood and energy scale (1-10) and the feelings scale (0-10).
    public static let checkinScale: ClosedRange<Double> = 1...10
    public static let intensityScale: ClosedRange<Double> = 0...10
    /// Days a mark for the 90-day lines, so they are as wide as the 30-day ones.
    public static let longBucketDays = 3

    /// Mood and energy, 30 days a mark each and 90 days three days a mark.
    public var mood30: TrendSeries
    public var mood90: TrendSeries
    public var energy30: TrendSeries
    public var energy90: TrendSeries
    /// One mark per reflection that rated its feelings, oldest first.
    public var intensityBefore: String
    public var intensityAfter: String
    /// The reflections behind the intensity marks, oldest first.
    public var intensity: [IntensityPoint]
    /// The check-in streak.
    public var streak: Streak
    /// Stages that had a rejection, in process order, plus a count of reflections with none given.
    public var stages: [StageCount]
    public var withoutStage: Int
    /// Up to five activities, most frequent first.
    public var selfCare: [ActivityCount]

    /// The facts for `stats`.
    public init(_ stats: Stats) {
        mood30 = stats.trend(\.mood, days: 30)
        mood90 = stats.trend(\.mood, days: 90, bucketDays: Self.longBucketDays)
        energy30 = stats.trend(\.energy, days: 30)
        energy90 = stats.trend(\.energy, days: 90, bucketDays: Self.longBucketDays)
        intensity = stats.intensity
        intensityBefore = Sparkline.marks(stats.intensity.map { $0.before.map(Double.init) }, scale: Self.intensityScale)
        intensityAfter = Sparkline.marks(stats.intensity.map { $0.after.map(Double.init) }, scale: Self.intensityScale)
        streak = stats.streak
        stages = stats.rejectionsByStage.filter { $0.count > 0 }
        withoutStage = stats.rejectionsWithoutStage
        selfCare = Array(stats.selfCare.prefix(5))
    }

    /// "3 days; today's check-in is still open (longest 5)", never a reproach.
    public var streakText: String {
        var text: String
        if streak.current > 0 {
            text = "\(streak.current) day\(streak.current == 1 ? "" : "s")"
            if !streak.checkedInToday { text += "; today's check-in is still open" }
        } else {
            text = "none running; any check-in starts one"
        }
        if streak.longest > 0 { text += " (longest \(streak.longest))" }
        return text
    }

    /// "▃▄·▅▆  average 5.8", or "no check-ins in these days".
    public static func line(_ series: TrendSeries) -> String {
        guard let average = series.average else { return "no check-ins in these days" }
        return series.sparkline(scale: checkinScale) + "  average " + one(average)
    }

    /// "▁ 1 … █ 10; · a day without a check-in", and how many days a 90-day mark covers.
    public static var checkinLegend: String {
        Sparkline.legend(scale: checkinScale) + "; \(Sparkline.gap) no check-in; 90 days: one mark per \(longBucketDays) days"
    }

    /// "applied 1, final interview 2, not given 1".
    public var stagesText: String {
        var parts = stages.map { "\($0.stage.label) \($0.count)" }
        if withoutStage > 0 { parts.append("not given \(withoutStage)") }
        return parts.joined(separator: ", ")
    }

    /// One decimal, e.g. "5.8".
    public static func one(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
