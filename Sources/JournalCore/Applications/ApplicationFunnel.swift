/// The search as counts: how many applications reached each stage, the
/// share that got any answer, the share that moved past each stage, the median days to a first
/// answer, and how many were added each week. Counts only: no score, no judgement.
public struct ApplicationFunnel: Equatable, Sendable {
    /// One stage's numbers.
    public struct StageRow: Equatable, Sendable {
        public var stage: Stage
        /// Applications whose furthest stage is this one.
        public var atStage: Int
        /// Applications that reached this stage or a later one.
        public var reached: Int
        /// Of those, the ones that went further.
        public var movedPast: Int
    }

    /// One week's additions.
    public struct Week: Equatable, Sendable {
        public var start: LocalDay
        public var added: Int
    }

    public var total: Int
    public var open: Int
    /// Applications that heard anything back: a later stage, feedback, or an outcome they decided.
    public var answered: Int
    public var stages: [StageRow]
    /// Median days from applying to the first answer, over the answers with dates.
    public var medianDaysToFirstAnswer: Double?
    /// The last `weeks` weeks, oldest first.
    public var perWeek: [Week]
    public var weeklyGoal: Int?

    public init(records: [ApplicationRecord], today: LocalDay, weekStart: Weekday = .monday, weeks: Int = 8, weeklyGoal: Int? = nil) {
        total = records.count
        open = records.count(where: \.isOpen)
        let order = Stage.allCases
        func rank(_ s: Stage) -> Int { order.firstIndex(of: s)! }
        answered = records.count { r in
            r.firstAnswerDay != nil || rank(r.stage) > 0 || [.rejected, .accepted, .declined].contains(r.outcome)
        }
        stages = order.map { stage in
            let reached = records.count { rank($0.stage) >= rank(stage) }
            let past = records.count { rank($0.stage) > rank(stage) }
            return StageRow(stage: stage, atStage: records.count { $0.stage == stage }, reached: reached, movedPast: past)
        }
        let waits = records.compactMap { r -> Int? in
            guard let answer = r.firstAnswerDay else { return nil }
            let days = answer.ordinal - r.startDay.ordinal
            return days >= 0 ? days : nil
        }.sorted()
        if waits.isEmpty { medianDaysToFirstAnswer = nil }
        else if waits.count % 2 == 1 { medianDaysToFirstAnswer = Double(waits[waits.count / 2]) }
        else { medianDaysToFirstAnswer = Double(waits[waits.count / 2 - 1] + waits[waits.count / 2]) / 2 }
        let thisWeek = weekStart.start(of: today)
        perWeek = (0..<max(1, weeks)).reversed().map { back in
            let start = thisWeek.adding(days: -7 * back)
            let end = start.adding(days: 6)
            return Week(start: start, added: records.count { $0.startDay >= start && $0.startDay <= end })
        }
        self.weeklyGoal = weeklyGoal
    }

    /// "58%", rounded to a whole percent; nil when there is nothing to divide.
    public static func percent(_ part: Int, of whole: Int) -> String? {
        guard whole > 0 else { return nil }
        return "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
    }
}

/// `applications` in `stats --json`: `total`, `open`, `answered`, `stages: [{stage, at_stage,
/// reached, moved_past}]`, `median_days_to_first_answer` (when known), `per_week: [{week_start,
/// added}]`, `weekly_goal` (when set).
public struct ApplicationFunnelJSON: Codable, Equatable, Sendable {
    public struct StageJSON: Codable, Equatable, Sendable {
        public var stage: String
        public var atStage: Int
        public var reached: Int
        public var movedPast: Int
        enum CodingKeys: String, CodingKey { case stage, atStage = "at_stage", reached, movedPast = "moved_past" }
    }
    public struct WeekJSON: Codable, Equatable, Sendable {
        public var weekStart: String
        public var added: Int
        enum CodingKeys: String, CodingKey { case weekStart = "week_start", added }
    }

    public var total: Int
    public var open: Int
    public var answered: Int
    public var stages: [StageJSON]
    public var medianDaysToFirstAnswer: Double?
    public var perWeek: [WeekJSON]
    public var weeklyGoal: Int?

    enum CodingKeys: String, CodingKey {
        case total, open, answered, stages, medianDaysToFirstAnswer = "median_days_to_first_answer", perWeek = "per_week", weeklyGoal = "weekly_goal"
    }

    public init(_ f: ApplicationFunnel) {
        total = f.total
        open = f.open
        answered = f.answered
        stages = f.stages.map { StageJSON(stage: $0.stage.rawValue, atStage: $0.atStage, reached: $0.reached, movedPast: $0.movedPast) }
        medianDaysToFirstAnswer = f.medianDaysToFirstAnswer
        perWeek = f.perWeek.map { WeekJSON(weekStart: $0.start.description, added: $0.added) }
        weeklyGoal = f.weeklyGoal
    }
}
