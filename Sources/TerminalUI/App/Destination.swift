/// A screen a key can go back to by name, whatever was opened on the way (`Effect.back(to:)`).
public enum Destination: Sendable, Equatable {
    /// The home screen.
    case home
    /// The Applications list.
    case applications

    /// Whether `screen` is this destination.
    func matches(_ screen: Screen) -> Bool {
        switch self {
        case .home: return screen is HomeScreen
        case .applications: return screen is ApplicationsScreen
        }
    }
}
