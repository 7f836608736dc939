extension Settings {
    /// The settings with no config file, no flags and an empty environment (for tests and fallbacks).
    public static var defaults: Settings {
        SettingsLoader.load(environment: [:], readFile: { _ in nil }).settings
    }
}
