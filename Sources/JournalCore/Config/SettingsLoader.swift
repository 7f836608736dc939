/// Works out the settings: flags beat everything; `ONWARD_JOURNAL` beats the config file (as it
/// did before there was one); the config file beats general variables such as `EDITOR` and
/// `NO_COLOR`, because it is a choice made for onward in particular; defaults come last.
public enum SettingsLoader {
    /// What the command line said, where it overrides settings.
    public struct Flags: Equatable, Sendable {
        public var journal: String?
        public var color: ColorMode?
        public init(journal: String? = nil, color: ColorMode? = nil) {
            self.journal = journal
            self.color = color
        }
    }

    /// The settings and the problems of the config file (each already a sentence naming the file and line).
    public struct Result: Sendable {
        public var settings: Settings
        public var problems: [String]
    }

    /// `$XDG_CONFIG_HOME/onward/config.yaml`, else `~/.config/onward/config.yaml`.
    public static func configPath(environment: [String: String]) -> String? {
        configFolder(environment: environment).map { $0 + "/config.yaml" }
    }

    /// `$XDG_CONFIG_HOME/onward`, else `~/.config/onward` (also home to the person's guide.md).
    public static func configFolder(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/onward" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/onward" }
        return nil
    }

    /// Loads the config file through `readFile` (nil when the file does not exist) and merges it
    /// with the environment and the flags.
    public static func load(environment: [String: String], flags: Flags = Flags(),
                            readFile: (String) -> ConfigText?) -> Result {
        let path = configPath(environment: environment)
        var file = ConfigFile()
        var problems: [String] = []
        var found = false
        if let path, let text = readFile(path) {
            found = true
            switch text {
            case .text(let source):
                let parsed = ConfigParser.parse(source)
                file = parsed.file
                if parsed.usable {
                    problems = parsed.problems.map { "the config file \(path) has a problem at \($0); that setting is ignored" }
                } else if let first = parsed.problems.first {
                    problems = ["the config file \(path) cannot be used (\(first)), so the defaults are used"]
                }
            case .unreadable(let reason):
                problems = ["the config file \(path) cannot be read (\(reason)), so the defaults are used"]
            }
        }
        var settings = Settings(
            journal: journal(flags: flags, file: file, environment: environment),
            editor: editor(file: file, environment: environment),
            color: color(flags: flags, file: file, environment: environment),
            showStreak: pick(file.showStreak, default: true),
            weekStart: pick(file.weekStart, default: .monday),
            goalApplications: optional(file.goalApplications),
            goalContacts: optional(file.goalContacts),
            gitAutocommit: pick(file.gitAutocommit, default: false),
            configPath: path, configFound: found)
        settings.supportLine = optional(file.supportLine)
        settings.careerResources = optional(file.careerResources)
        settings.invitations = pick(file.invitations, default: true)
        settings.quietAfterDays = pick(file.quietAfterDays, default: 14)
        return Result(settings: settings, problems: problems)
    }

    private static func pick<T>(_ value: ConfigFile.Value<T>?, default fallback: T) -> Sourced<T> {
        value.map { Sourced($0.value, .configFile, detail: "line \($0.line)") } ?? Sourced(fallback, .builtIn)
    }

    private static func optional<T>(_ value: ConfigFile.Value<T>?) -> Sourced<T?> {
        value.map { Sourced(Optional($0.value), .configFile, detail: "line \($0.line)") } ?? Sourced(nil, .builtIn)
    }

    private static func journal(flags: Flags, file: ConfigFile, environment: [String: String]) -> Sourced<String> {
        let configured = file.journal.map { expandConfigured($0.value, environment: environment) }
        let path: String
        switch JournalLocation.locate(flag: flags.journal, environment: environment, configured: configured) {
        case .success(let found): path = found
        // No folder: the value stays empty and the detail says why; every command refuses it.
        case .failure(let why): return Sourced("", .builtIn, detail: why.sentence)
        }
        if let flag = flags.journal, !flag.isEmpty { return Sourced(path, .flag, detail: "--journal") }
        if let env = environment["ONWARD_JOURNAL"], !env.isEmpty { return Sourced(path, .environment, detail: "ONWARD_JOURNAL") }
        if let line = file.journal?.line { return Sourced(path, .configFile, detail: "line \(line)") }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return Sourced(path, .environment, detail: "XDG_DATA_HOME") }
        return Sourced(path, .builtIn)
    }

    /// A relative path in the config file is taken from the home folder, not from wherever onward runs.
    private static func expandConfigured(_ path: String, environment: [String: String]) -> String {
        if path.hasPrefix("/") || path == "~" || path.hasPrefix("~/") { return path }
        // Without HOME it is read as `~/path`, which the location then refuses with a sentence.
        guard let home = environment["HOME"], home.hasPrefix("/") else { return "~/" + path }
        return home + "/" + path
    }

    private static func editor(file: ConfigFile, environment: [String: String]) -> Sourced<String> {
        if let e = file.editor { return Sourced(e.value, .configFile, detail: "line \(e.line)") }
        if let chosen = EditorChoice.fromEnvironment(environment) {
            return Sourced(chosen.command, .environment, detail: chosen.variable)
        }
        return Sourced(EditorChoice.fallback, .builtIn)
    }

    private static func color(flags: Flags, file: ConfigFile, environment: [String: String]) -> Sourced<ColorMode> {
        if let flag = flags.color { return Sourced(flag, .flag, detail: "--color") }
        if let c = file.color { return Sourced(c.value, .configFile, detail: "line \(c.line)") }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return Sourced(.never, .environment, detail: "NO_COLOR") }
        if environment["TERM"] == "dumb" { return Sourced(.never, .environment, detail: "TERM=dumb") }
        return Sourced(.auto, .builtIn)
    }
}

/// What reading the config file gave: its text, or why it could not be read.
public enum ConfigText: Sendable {
    case text(String)
    case unreadable(String)
}
