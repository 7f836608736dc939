/// The parts of the insights screen.
public enum InsightsTab: Int, CaseIterable, Sendable {
    case achievements, lessons, trends, wins

    /// The name on the tab.
    public var title: String {
        switch self {
        case .achievements: return "Achievements"
        case .lessons: return "Lessons"
        case .trends: return "Trends"
        case .wins: return "Wins"
        }
    }

    /// The next part (or the previous one, with `by: -1`), going round.
    func moved(by step: Int) -> InsightsTab {
        let n = Self.allCases.count
        return InsightsTab(rawValue: ((rawValue + step) % n + n) % n) ?? .achievements
    }
}
