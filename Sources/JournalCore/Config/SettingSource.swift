/// Where the value of a setting came from, weakest first.
public enum SettingSource: String, Equatable, Sendable {
    case builtIn = "default"
    case configFile = "config file"
    case environment
    case flag
}
