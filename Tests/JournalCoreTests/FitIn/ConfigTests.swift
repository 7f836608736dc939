import Testing
@testable import JournalCore

@Suite("Config file and settings")
struct ConfigTests {
    static let env = ["HOME": "/home/ada", "XDG_CONFIG_HOME": "/home/ada/.cfg"]

    func load(_ text: String?, env: [String: String] = ConfigTests.env, flags: SettingsLoader.Flags = .init()) -> SettingsLoader.Result {
        SettingsLoader.load(environment: env, flags: flags) { path in
            #expect(path == "/home/ada/.cfg/onward/config.yaml")
            return text.map { .text($0) }
        }
    }

    @Test func everySettingIsReadWithItsLine() {
        let text = """
        # my settings
        journal: ~/journal
        editor: nano -w
        color: never
        show_streak: no
        week_start: Sunday
        weekly_goals:
          applications: 4
          contacts: 2
        git_autocommit: true
        """
        let result = load(text)
        #expect(result.problems.isEmpty)
        let s = result.settings
        #expect(s.journal == Sourced("/home/ada/journal", .configFile, detail: "line 2"))
        #expect(s.editor == Sourced("nano -w", .configFile, detail: "line 3"))
        #expect(s.color == Sourced(.never, .configFile, detail: "line 4"))
        #expect(s.showStreak == Sourced(false, .configFile, detail: "line 5"))
        #expect(s.weekStart == Sourced(.sunday, .configFile, detail: "line 6"))
        #expect(s.goalApplications == Sourced(4, .configFile, detail: "line 8"))
        #expect(s.goalContacts == Sourced(2, .configFile, detail: "line 9"))
        #expect(s.gitAutocommit == Sourced(true, .configFile, detail: "line 10"))
        #expect(s.configFound)
    }

    @Test func noFileMeansDefaults() {
        let result = load(nil)
        #expect(result.problems.isEmpty)
        let s = result.settings
        #expect(!s.configFound)
        #expect(s.journal == Sourced("/home/ada/.local/share/onward", .builtIn))
        #expect(s.editor == Sourced("vi", .builtIn))
        #expect(s.color == Sourced(.auto, .builtIn))
        #expect(s.showStreak == Sourced(true, .builtIn))
        #expect(s.weekStart == Sourced(.monday, .builtIn))
        #expect(s.goalApplications.value == nil)
        #expect(s.gitAutocommit == Sourced(false, .builtIn))
        #expect(load("").problems.isEmpty)
        #expect(load("# only a comment\n").problems.isEmpty)
    }

    @Test func aBadValueIsReportedOnItsLineAndTheRestStillCounts() {
        let result = load("color: never\nshow_streak: maybe\nweekly_goals:\n  applications: lots\nmood: 3\n")
        #expect(result.problems == [
            "the config file /home/ada/.cfg/onward/config.yaml has a problem at line 2: `show_streak` should be true or false; that setting is ignored",
            "the config file /home/ada/.cfg/onward/config.yaml has a problem at line 4: `weekly_goals.applications` should be a whole number from 0 to 1000; that setting is ignored",
            "the config file /home/ada/.cfg/onward/config.yaml has a problem at line 5: `mood` is not a setting onward knows (it knows journal, editor, color, show_streak, week_start, weekly_goals, git_autocommit, support_line, career_resources, invitations, quiet_after_days); that setting is ignored",
        ])
        #expect(result.settings.color.value == .never)
        #expect(result.settings.showStreak == Sourced(true, .builtIn))
        #expect(result.settings.goalApplications.source == .builtIn)
    }

    @Test func brokenYAMLMeansDefaultsAndNamesTheLine() {
        let result = load("color: never\nweek_start: monday\n  git_autocommit: [true\n")
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.contains("cannot be used (line 3: the file is not valid YAML") == true)
        #expect(result.problems.first?.hasSuffix("so the defaults are used") == true)
        #expect(result.settings.color == Sourced(.auto, .builtIn))

        let unclosed = ConfigParser.parse("journal: [unclosed\n")
        #expect(!unclosed.usable)
        #expect(unclosed.problems.first?.line == 1)  // not past the end of the file

        let list = ConfigParser.parse("- journal\n- editor\n")
        #expect(!list.usable)
        #expect(list.problems == [ConfigProblem(line: 1, "the file should be a list of `key: value` settings")])

        let twice = ConfigParser.parse("color: never\ncolor: always\n")
        #expect(!twice.usable)
        #expect(twice.problems.first?.reason.contains("given twice") == true)
    }

    @Test func unreadableFileMeansDefaults() {
        let result = SettingsLoader.load(environment: Self.env) { _ in .unreadable("it is not UTF-8 text") }
        #expect(result.problems == ["the config file /home/ada/.cfg/onward/config.yaml cannot be read (it is not UTF-8 text), so the defaults are used"])
        #expect(result.settings.color.source == .builtIn)
    }

    @Test func journalPrecedenceFlagThenEnvironmentThenFileThenXDG() {
        var env = Self.env
        env["XDG_DATA_HOME"] = "/data"
        let file = "journal: /from/file\n"
        #expect(load(nil, env: env).settings.journal == Sourced("/data/onward", .environment, detail: "XDG_DATA_HOME"))
        #expect(load(file, env: env).settings.journal == Sourced("/from/file", .configFile, detail: "line 1"))
        env["ONWARD_JOURNAL"] = "/from/env"
        #expect(load(file, env: env).settings.journal == Sourced("/from/env", .environment, detail: "ONWARD_JOURNAL"))
        let flagged = load(file, env: env, flags: .init(journal: "/from/flag"))
        #expect(flagged.settings.journal == Sourced("/from/flag", .flag, detail: "--journal"))
        // A relative path in the file is taken from the home folder.
        #expect(load("journal: notes/onward\n").settings.journal.value == "/home/ada/notes/onward")
        // The location type agrees with the settings.
        #expect(JournalLocation.resolve(flag: nil, environment: Self.env, configured: "/x") == "/x")
        #expect(JournalLocation.resolve(flag: nil, environment: Self.env) == "/home/ada/.local/share/onward")
    }

    @Test func colorPrecedenceFlagThenFileThenNoColorAndDumbTerminal() {
        var env = Self.env
        env["NO_COLOR"] = "1"
        #expect(load(nil, env: env).settings.color == Sourced(.never, .environment, detail: "NO_COLOR"))
        #expect(load("color: always\n", env: env).settings.color == Sourced(.always, .configFile, detail: "line 1"))
        #expect(load("color: always\n", env: env, flags: .init(color: .never)).settings.color == Sourced(.never, .flag, detail: "--color"))
        env["NO_COLOR"] = ""  // empty means unset, as no-color.org says
        #expect(load(nil, env: env).settings.color.value == .auto)
        env["TERM"] = "dumb"
        #expect(load(nil, env: env).settings.color == Sourced(.never, .environment, detail: "TERM=dumb"))
        #expect(!ColorMode.auto.allowsStyle(outputIsTerminal: false))
        #expect(ColorMode.auto.allowsStyle(outputIsTerminal: true))
        #expect(ColorMode.always.allowsStyle(outputIsTerminal: false))
        #expect(!ColorMode.never.allowsStyle(outputIsTerminal: true))
    }

    @Test func editorFromFileThenVisualThenEditor() {
        var env = Self.env
        env["EDITOR"] = "ed"
        #expect(load(nil, env: env).settings.editor == Sourced("ed", .environment, detail: "EDITOR"))
        env["VISUAL"] = "vim"
        #expect(load(nil, env: env).settings.editor == Sourced("vim", .environment, detail: "VISUAL"))
        #expect(load("editor: micro\n", env: env).settings.editor == Sourced("micro", .configFile, detail: "line 1"))
    }

    @Test func configFolderFollowsXDGThenHome() {
        #expect(SettingsLoader.configPath(environment: ["HOME": "/h"]) == "/h/.config/onward/config.yaml")
        #expect(SettingsLoader.configPath(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "relative"]) == "/h/.config/onward/config.yaml")
        #expect(SettingsLoader.configPath(environment: [:]) == nil)
    }

    @Test func quietAfterDaysIsReadAndCheckedOnItsLine() {
        #expect(load("").settings.quietAfterDays == Sourced(14, .builtIn))
        #expect(load("color: never\nquiet_after_days: 21\n").settings.quietAfterDays == Sourced(21, .configFile, detail: "line 2"))
        let zero = load("quiet_after_days: 0\n")
        #expect(zero.settings.quietAfterDays.value == 14)
        #expect(zero.problems.count == 1 && zero.problems[0].contains("line 1: `quiet_after_days` should be a whole number from 1 to 1000"))
        // Every wrong value gets the same words: too small, too large, not a number.
        for wrong in ["soon", "1001", "-3"] {
            #expect(load("quiet_after_days: \(wrong)\n").problems == zero.problems, "\(wrong)")
        }
    }

    @Test func rowsNameEverySettingAndItsSource() {
        let rows = load("week_start: friday\n").settings.rows
        #expect(rows.map(\.name) == ["journal", "editor", "color", "show_streak", "week_start",
                                     "weekly_goals.applications", "weekly_goals.contacts", "git_autocommit",
                                     "support_line", "career_resources", "invitations", "quiet_after_days"])
        #expect(rows[4].value == "friday" && rows[4].source == "config file (line 1)")
        #expect(rows[5].value == "none" && rows[5].source == "default")
    }

    @Test func weekStartsOnTheChosenDay() throws {
        let thursday = try #require(LocalDay(parsing: "2026-11-26"))
        #expect(Weekday.monday.start(of: thursday).description == "2026-11-23")
        #expect(Weekday.sunday.start(of: thursday).description == "2026-11-22")
        #expect(Weekday.thursday.start(of: thursday) == thursday)
        #expect(Weekday.friday.start(of: thursday).description == "2026-11-20")
    }
}

@Suite("Support and career settings")
struct SupportSettingsTests {
    @Test func supportLineAndCareerResourcesAreRead() {
        let text = "support_line: \"Samaritans, 116 123\"\ncareer_resources: the careers service\n"
        let result = SettingsLoader.load(environment: ["HOME": "/h"], readFile: { _ in .text(text) })
        #expect(result.problems.isEmpty)
        #expect(result.settings.supportLine == Sourced("Samaritans, 116 123", .configFile, detail: "line 1"))
        #expect(result.settings.careerResources.value == "the careers service")
        #expect(result.settings.rows.contains { $0.name == "support_line" && $0.value == "Samaritans, 116 123" })
    }

    @Test func theyDefaultToNothingAndABadValueIsOneProblem() {
        #expect(Settings.defaults.supportLine.value == nil)
        #expect(Settings.defaults.rows.contains { $0.name == "career_resources" && $0.value == "none" && $0.source == "default" })
        let result = SettingsLoader.load(environment: ["HOME": "/h"], readFile: { _ in .text("support_line: [1, 2]\n") })
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.contains("`support_line` should be a piece of text") == true)
        #expect(result.settings.supportLine.value == nil)
    }
}

@Suite("The invitations setting")
struct InvitationsSettingTests {
    @Test func invitationsAreOnUntilTheConfigFileSaysFalse() {
        #expect(Settings.defaults.invitations.value)
        let parsed = ConfigParser.parse("invitations: false\n")
        #expect(parsed.file.invitations?.value == false)
    }
}
