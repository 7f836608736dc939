/// The choices on the home screen.
public enum HomeMenuItem: CaseIterable, Sendable {
    case reflect, checkin, browse, insights, write, applications, exercises, quit

    public var title: String {
        switch self {
        case .reflect: return "Reflect on a rejection"
        case .checkin: return "Daily check-in"
        case .exercises: return "Other exercises"
        case .write: return "Just write"
        case .browse: return "Browse entries"
        case .insights: return "Insights"
        case .applications: return "Applications"
        case .quit: return "Quit"
        }
    }

    /// A few words under the title.
    public var detail: String {
        switch self {
        case .reflect: return "a guided walk through what happened, about 15 minutes"
        case .checkin: return "mood, energy, sleep and one small win, about a minute"
        case .exercises: return "write it out, what matters to you, a kinder letter"
        case .write: return "a blank page, no steps, saved as a note"
        case .browse: return "read and search what you wrote"
        case .insights: return "your achievements, lessons and trends"
        case .applications: return "the applications in flight, and what is next for each"
        case .quit: return ""
        }
    }

    /// True until the screen behind it exists.
    public var isComingSoon: Bool { false }
}
