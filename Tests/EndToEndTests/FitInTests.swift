import Foundation
import Testing

/// The parts of onward that fit it into a Unix system, through the built binary: config,
/// own guide, colour, export and import, completions, `make install`, git autocommit.
@Suite("onward fits in: config, guide, colour, export, import, install")
struct FitInTests {
    static let binary = OnwardBinary.path
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// A home folder of its own for each test, with config and data under it.
    final class Home {
        let path: String
        var config: String { path + "/config/onward" }
        var journal: String { path + "/data/onward" }
        init() throws {
            path = NSTemporaryDirectory() + "onward-fit-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: path + "/config/onward", withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        func write(_ relative: String, _ text: String) throws {
            let full = path + "/" + relative
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }

        /// Runs `program` with a clean environment pointing at this home, plus `extra`.
        func run(_ arguments: [String], program: String = FitInTests.binary, environment extra: [String: String] = [:]) throws -> ChildProcess.Result {
            var env = ["HOME": path, "XDG_CONFIG_HOME": path + "/config", "XDG_DATA_HOME": path + "/data",
                       "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LANG": "C.UTF-8",
                       "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.com",
                       "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.com"]
            for (k, v) in extra { env[k] = v }
            let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return try ChildProcess.run(["/usr/bin/env", "-i"] + assignments + [program] + arguments)
        }

        func onward(_ arguments: String..., environment: [String: String] = [:]) throws -> ChildProcess.Result {
            try #require(FileManager.default.isExecutableFile(atPath: FitInTests.binary), "build onward first; looked at \(FitInTests.binary)")
            return try run(arguments, environment: environment)
        }
    }

    static var builtInGuide: String {
        (try? String(contentsOfFile: packageRoot + "/Resources/guides/reflection.md", encoding: .utf8)) ?? "missing guide.md"
    }

    @Test func guidePrintWritesTheBuiltInGuideAndCheckNamesTheLine() throws {
        let home = try Home()
        let printed = try home.onward("guide", "--print")
        #expect(printed.status == 0)
        #expect(printed.stdout == Self.builtInGuide)

        try home.write("mine.md", printed.stdout)
        let good = try home.onward("guide", "--check", home.path + "/mine.md")
        #expect(good.status == 0)
        #expect(good.stdout.hasSuffix("mine.md is a usable guide: After a rejection, 10 steps, about 15 minutes (name reflection).\n"))

        try home.write("broken.md", "# Mine\n\n### A prompt too early\n## Step\n")
        let bad = try home.onward("guide", "--check", home.path + "/broken.md")
        #expect(bad.status == 1)
        #expect(bad.stderr == "onward: \(home.path)/broken.md, line 3: a prompt (### heading) comes before the first step (## heading).\n")

        // Without a file, --check reads the person's own guide; `guide` says which one is in use.
        #expect(try home.onward("guide").stdout.hasPrefix("The built-in guide is in use."))
        try home.write("config/onward/guide.md", "no title here\n")
        let own = try home.onward("guide", "--check")
        #expect(own.status == 1)
        #expect(own.stderr.contains("config/onward/guide.md, line 1: the guide has no `# Title` line"))
        #expect(try home.onward("guide").stdout.hasPrefix("Your own guide is in use: \(home.config)/guide.md."))
        #expect(try home.onward("guide", "--print", "--check").status == 64)
    }

    @Test func configShowsEachSourceAndABadLineIsReportedButNotFatal() throws {
        let home = try Home()
        try home.write("config/onward/config.yaml", "journal: ~/my-journal\nshow_streak: sometimes\nweek_start: sunday\n")
        let config = try home.onward("config")
        #expect(config.status == 0)
        #expect(config.stderr == "onward: the config file \(home.config)/config.yaml has a problem at line 2: `show_streak` should be true or false; that setting is ignored.\n")
        let lines = config.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Config file: \(home.config)/config.yaml")
        #expect(lines.contains { $0.hasPrefix("journal ") && $0.contains("\(home.path)/my-journal") && $0.hasSuffix("config file (line 1)") })
        #expect(lines.contains { $0.hasPrefix("show_streak ") && $0.contains("true") && $0.hasSuffix("default") })
        #expect(lines.contains { $0.hasPrefix("week_start ") && $0.contains("sunday") && $0.hasSuffix("config file (line 3)") })
        #expect(!config.stdout.contains("\u{1B}"))

        // The journal of the config file is the one used; ONWARD_JOURNAL and --journal still win.
        #expect(try home.onward("checkin", "--mood", "6").status == 0)
        #expect(FileManager.default.fileExists(atPath: home.path + "/my-journal/entries"))
        let env = try home.onward("config", environment: ["ONWARD_JOURNAL": home.path + "/env-journal"])
        #expect(env.stdout.contains("environment (ONWARD_JOURNAL)"))
        let flag = try home.onward("config", "--journal", home.path + "/flag-journal", environment: ["ONWARD_JOURNAL": home.path + "/x"])
        #expect(flag.stdout.contains("\(home.path)/flag-journal") && flag.stdout.contains("flag (--journal)"))

        // YAML that does not parse: defaults, one line naming where, and the command still works.
        try home.write("config/onward/config.yaml", "color: never\n  week_start: [monday\n")
        let broken = try home.onward("list")
        #expect(broken.status == 0)
        #expect(broken.stderr.hasPrefix("onward: the config file \(home.config)/config.yaml cannot be used (line 2: the file is not valid YAML"))
        #expect(broken.stderr.hasSuffix("so the defaults are used.\n"))

        let example = try home.onward("config", "--example")
        try home.write("config/onward/config.yaml", example.stdout)
        let fromExample = try home.onward("config")
        #expect(fromExample.stderr.isEmpty)
        #expect(fromExample.stdout.contains("config file (line 25)"))  // git_autocommit in the example
    }

    @Test func colourFollowsTheFlagTheFileNoColorAndTermDumb() throws {
        let home = try Home()
        let esc = "\u{1B}["
        // Not a terminal: plain by default, coloured only when asked.
        #expect(!(try home.onward("config").stdout.contains(esc)))
        #expect(try home.onward("config", "--color", "always").stdout.contains(esc))
        #expect(try home.onward("--color", "always", "config").stdout.contains(esc))
        #expect(!(try home.onward("config", "--color", "never").stdout.contains(esc)))
        #expect(try home.onward("config", "--color", "always", environment: ["NO_COLOR": "1"]).stdout.contains(esc))
        #expect(!(try home.onward("config", environment: ["NO_COLOR": "1"]).stdout.contains(esc)))
        try home.write("config/onward/config.yaml", "color: always\n")
        #expect(try home.onward("config", environment: ["NO_COLOR": "1"]).stdout.contains(esc))
        #expect(!(try home.onward("config", "--color", "never").stdout.contains(esc)))
        try home.write("config/onward/config.yaml", "")
        let noColor = try home.onward("config", environment: ["NO_COLOR": "1"])
        #expect(noColor.stdout.contains("environment (NO_COLOR)"))
        #expect(try home.onward("config", environment: ["TERM": "dumb"]).stdout.contains("environment (TERM=dumb)"))
        let wrong = try home.onward("list", "--color", "sometimes")
        #expect(wrong.status == 64)
        #expect(wrong.stderr.hasPrefix("onward: the value 'sometimes' is invalid for '--color <when>'"))
    }

    @Test func exportAndImportOnTheCommandLine() throws {
        let home = try Home()
        let jrnl = "[2024-03-01 09:15] First day @jobs\nSent <b>three</b> applications.\n\n[2024-03-02 18:30] Coffee with Sam *\n"
        try home.write("jrnl.txt", jrnl)
        let first = try home.onward("import", "jrnl", home.path + "/jrnl.txt")
        #expect(first.status == 0)
        #expect(first.stdout == "Imported 2 entries as notes.\n")
        let second = try home.onward("import", "jrnl", home.path + "/jrnl.txt")
        #expect(second.stdout == "Nothing new to import; 2 already there from an earlier import.\n")
        #expect(try home.onward("list", "--kind", "note").stdout.split(separator: "\n").count == 2)
        #expect(try home.onward("import", "dayone", home.path + "/jrnl.txt").status == 64)
        try home.write("plain.txt", "no dates here\n")
        let empty = try home.onward("import", "jrnl", home.path + "/plain.txt")
        #expect(empty.status == 1)
        #expect(empty.stderr.hasPrefix("onward: \(home.path)/plain.txt has no jrnl entries"))

        let html = try home.onward("export", "--format", "html", "--output", home.path + "/out/journal.html")
        #expect(html.status == 1)  // the folder does not exist
        #expect(html.stderr.hasPrefix("onward: could not write \(home.path)/out/journal.html"))
        let written = try home.onward("export", "--format", "html", "--output", home.path + "/journal.html")
        #expect(written.status == 0)
        #expect(written.stderr == "Exported 2 entries to \(home.path)/journal.html.\n")
        let page = try String(contentsOfFile: home.path + "/journal.html", encoding: .utf8)
        #expect(page.contains("Sent &lt;b&gt;three&lt;/b&gt; applications."))

        let json = try home.onward("export", "--format", "json", "--output", "-")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(doc["format_version"] as? Int == 1)
        #expect((doc["entries"] as? [[String: Any]])?.count == 2)
        let md = try home.onward("export", "--format", "markdown", "-o", "-")
        #expect(md.stdout.hasPrefix("# Journal\n"))
        #expect(try home.onward("export", "--format", "pdf", "-o", "-").status == 64)
    }

    @Test func completionScriptsAreGeneratedForThreeShells() throws {
        let home = try Home()
        for (shell, marker) in [("bash", "complete"), ("zsh", "#compdef onward"), ("fish", "complete -c 'onward'")] {
            let script = try home.onward("--generate-completion-script", shell)
            #expect(script.status == 0, "\(shell)")
            #expect(script.stdout.contains(marker), "\(shell)")
            for command in ["export", "import", "config", "guide", "checkin"] {
                #expect(script.stdout.contains(command), "\(shell) lacks \(command)")
            }
        }
    }

    @Test func makeInstallPutsOneWorkingBinaryManPageAndCompletionsUnderThePrefix() throws {
        let home = try Home()
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build onward first")
        let prefix = home.path + "/prefix"
        let make = ["/usr/bin/env", "make", "-s", "-C", Self.packageRoot]
        let install = try ChildProcess.run(make + ["install", "PREFIX=" + prefix, "ONWARD_BIN=" + Self.binary])
        try #require(install.status == 0, "make install: \(install.stdout) \(install.stderr)")
        let files = ["bin/onward", "share/man/man1/onward.1", "share/bash-completion/completions/onward",
                     "share/zsh/site-functions/_onward", "share/fish/vendor_completions.d/onward.fish"]
        for file in files { #expect(FileManager.default.fileExists(atPath: prefix + "/" + file), "\(file)") }
        #expect(try String(contentsOfFile: prefix + "/share/man/man1/onward.1", encoding: .utf8).hasPrefix(".\\\" Man page for onward"))

        // The installed copy alone works from another folder: the guide is inside it.
        let copy = try home.run(["guide", "--print"], program: prefix + "/bin/onward")
        #expect(copy.stdout == Self.builtInGuide)
        #expect(try home.run(["--version"], program: prefix + "/bin/onward").stdout == "0.1.0\n")

        let uninstall = try ChildProcess.run(make + ["uninstall", "PREFIX=" + prefix])
        #expect(uninstall.status == 0)
        for file in files { #expect(!FileManager.default.fileExists(atPath: prefix + "/" + file), "\(file) is still there") }
    }

    @Test func manPageDocumentsEveryCommand() throws {
        let page = try String(contentsOfFile: Self.packageRoot + "/Resources/onward.1", encoding: .utf8)
        let help = try Home().onward("--help").stdout
        let commands = help.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("SUBCOMMANDS:") }.dropFirst()
            .prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }  // not the wrapped abstracts
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(commands.count >= 12)
        for command in commands {
            #expect(page.contains(".B onward \(command)") || page.contains("\\fB\(command)\\fR"), "the man page lacks \(command)")
        }
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "FILES", "ENVIRONMENT", "EXIT STATUS"] {
            #expect(page.contains(".SH \(section)"), "\(section)")
        }
    }

    @Test func gitAutocommitCommitsEachSavedEntry() throws {
        let home = try Home()
        let journal = home.path + "/journal"
        try FileManager.default.createDirectory(atPath: journal, withIntermediateDirectories: true)
        #expect(try home.run(["-C", journal, "init", "--quiet"], program: "/usr/bin/git").status == 0)
        try home.write("config/onward/config.yaml", "journal: \(journal)\ngit_autocommit: true\n")
        let saved = try home.onward("checkin", "--mood", "7")
        #expect(saved.status == 0)
        #expect(saved.stderr.isEmpty)
        let log = try home.run(["-C", journal, "log", "--format=%s"], program: "/usr/bin/git")
        #expect(log.stdout.hasPrefix("onward: save "))
        #expect(log.stdout.hasSuffix("-checkin\n"))
        // Off in the config: no commit.
        try home.write("config/onward/config.yaml", "journal: \(journal)\ngit_autocommit: false\n")
        #expect(try home.onward("checkin", "--mood", "8").status == 0)
        #expect(try home.run(["-C", journal, "log", "--format=%s"], program: "/usr/bin/git").stdout.split(separator: "\n").count == 1)
    }
}
