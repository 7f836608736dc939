/// The three parts of the insights screen.
public enum InsightsTab: Int, CaseIterable, Sendable {
    case achievements, lessons, trends

    /// The name on the tab.
    public var title: String {
        switch self {
        case .achievements: return "Achievements"
        case .lessons: return "Lessons"
        case .trends: return "Trends"
        }
    }
}
