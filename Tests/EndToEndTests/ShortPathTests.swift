import Foundation
import Testing

/// `onward note`, `onward write`, the short ids of `list`, accent-blind `search`,
/// `guide --write` and the empty list, through the real binary.
@Suite("A short path from the shell", .serialized, .timeLimit(.minutes(2)))
struct ShortPathTests {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("onward-e2e-short-\(UUID().uuidString)").path
    var journal: String { base + "/journal" }
    var home: String { base + "/home" }

    func cleanUp() { try? FileManager.default.removeItem(atPath: base) }

    /// `onward ARGS --journal J` with a fresh HOME and no config folder; stdin from `input` when given.
    func onward(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> ChildProcess.Result {
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        var env = ["HOME": home, "LANG": "C.UTF-8"]
        env.merge(environment) { $1 }
        let prefix = ["env", "-u", "XDG_CONFIG_HOME", "-u", "ONWARD_JOURNAL"] + env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let command = prefix + [OnwardBinary.path] + arguments + ["--journal", journal]
        guard let input else { return try ChildProcess.run(command) }
        let file = base + "/stdin-\(UUID().uuidString)"
        try Data(input.utf8).write(to: URL(fileURLWithPath: file))
        defer { unlink(file) }
        // The shell only points standard input at the file and then becomes onward.
        return try ChildProcess.run(["sh", "-c", "f=$1; shift; exec \"$@\" < \"$f\"", "sh", file] + command)
    }

    func entryFiles() -> [String] {
        let all = (FileManager.default.enumerator(atPath: journal + "/entries")?.allObjects as? [String]) ?? []
        return all.filter { $0.hasSuffix(".md") }.sorted()
    }

    @Test func aNoteFromArgumentsIsListedWithAnIdThatShowTakes() throws {
        defer { cleanUp() }
        let saved = try onward(["note", "Coffee at the Café Müller went well"])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stdout.hasPrefix("Saved a note ("))
        let files = entryFiles()
        #expect(files.count == 1)
        let text = try String(contentsOfFile: journal + "/entries/" + files[0], encoding: .utf8)
        #expect(text.contains("kind: note"))
        #expect(text.contains("# Coffee at the Café Müller went well"))

        let list = try onward(["list"])
        let id = try #require(list.stdout.split(separator: " ").first.map(String.init))
        #expect(id.count == 15, "\(list.stdout)")  // YYYY-MM-DD-HHMM
        let show = try onward(["show", id])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Coffee at the Café Müller went well"))

        for word in ["cafe", "MULLER", "café"] {
            let found = try onward(["search", word])
            #expect(found.status == 0)
            #expect(found.stdout.contains("Café Müller"), "\(word): \(found.stdout)")
        }
        #expect(try onward(["search", "cage"]).stdout.isEmpty)
    }

    @Test func twoNotesInOneMinuteKeepIdsApart() throws {
        defer { cleanUp() }
        #expect(try onward(["note", "first"]).status == 0)
        #expect(try onward(["note", "second"]).status == 0)
        let lines = try onward(["list"]).stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let id = try #require(line.split(separator: " ").first.map(String.init))
            let show = try onward(["show", id])
            #expect(show.status == 0, "\(id): \(show.stderr)")
        }
    }

    @Test func aNoteFromStandardInput() throws {
        defer { cleanUp() }
        let run = try onward(["note"], input: "Pasted from a file\n\nwith a second paragraph, déjà vu\n")
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: journal + "/entries/" + entryFiles()[0], encoding: .utf8)
        #expect(text.contains("# Pasted from a file\n\nwith a second paragraph, déjà vu"))
    }

    @Test func badNotesAreRefusedInOneSentenceAndNothingIsWritten() throws {
        defer { cleanUp() }
        // Bad input gets the usage status, as `app note X ''` does.
        let empty = try onward(["note"], input: "  \n\n")
        #expect(empty.status == 64)
        #expect(empty.stderr == "onward: the note is empty, so nothing was saved.\n")
        let binary = try onward(["note"], input: "a\u{0}b")
        #expect(binary.status == 64)
        #expect(binary.stderr.contains("NUL"))
        var invalid = Data("ok ".utf8)
        invalid.append(contentsOf: [0xFF, 0xFE])
        let file = base + "/bad.txt"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        try invalid.write(to: URL(fileURLWithPath: file))
        let notUTF8 = try ChildProcess.run(["sh", "-c", "exec \"$0\" note --journal \"$1\" < \"$2\"", OnwardBinary.path, journal, file])
        #expect(notUTF8.status == 64)
        #expect(notUTF8.stderr == "onward: the text on standard input is not UTF-8, so it was not saved.\n")
        #expect(entryFiles().isEmpty)
    }

    @Test func guideWriteMakesTheFolderAndNeverOverwrites() throws {
        defer { cleanUp() }
        let hint = try onward(["guide"])
        #expect(hint.stdout.contains("onward guide --write"))
        #expect(!hint.stdout.contains("--print >"))
        let written = try onward(["guide", "--write"])
        #expect(written.status == 0, "\(written.stderr)")
        let path = home + "/.config/onward/guide.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("# After a rejection"))
        #expect(try onward(["guide", "--check"]).stdout.contains("is a usable guide"))

        try Data("my own words\n".utf8).write(to: URL(fileURLWithPath: path))
        let again = try onward(["guide", "--write"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists, so it was left as it is"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my own words\n")

        // A link left at that name is not followed.
        try FileManager.default.removeItem(atPath: path)
        let target = base + "/elsewhere.md"
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        #expect(try onward(["guide", "--write"]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: target))

        let nowhere = try ChildProcess.run(["env", "-u", "HOME", "-u", "XDG_CONFIG_HOME", OnwardBinary.path, "guide", "--write",
                                            "--journal", journal])
        #expect(nowhere.status == 1)
        #expect(nowhere.stderr == "onward: there is nowhere to write your guide: set HOME or XDG_CONFIG_HOME.\n")
    }
}

/// The blank page and the empty list in a real terminal.
@Suite("A short path in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable), .timeLimit(.minutes(2)))
struct ShortPathTerminalTests {
    let journal = FileManager.default.temporaryDirectory.appendingPathComponent("onward-e2e-write-\(UUID().uuidString)").path

    func cleanUp() {
        for suffix in ["", "-home", "-config"] { try? FileManager.default.removeItem(atPath: journal + suffix) }
    }

    func entryFiles() -> [String] {
        let all = (FileManager.default.enumerator(atPath: journal + "/entries")?.allObjects as? [String]) ?? []
        return all.filter { $0.hasSuffix(".md") }.sorted()
    }

    @Test(arguments: [(80, 24), (60, 20), (50, 16)])
    func writeOpensABlankPageThatSavesANote(size: (Int, Int)) throws {
        defer { cleanUp() }
        let tmux = try TmuxSession(arguments: ["write"], journal: journal, columns: size.0, rows: size.1)
        defer { tmux.stop() }
        try tmux.waitFor("Just write")
        try tmux.type("Coffee with Sam")
        try tmux.press("Enter")
        try tmux.type("It went well, café talk.")
        try tmux.waitFor("It went well, café talk.")
        try tmux.press("C-s")
        try tmux.waitFor("Saved.")
        let files = entryFiles()
        #expect(files.count == 1)
        let text = try String(contentsOfFile: journal + "/entries/" + files[0], encoding: .utf8)
        #expect(text.contains("kind: note"))
        #expect(text.contains("# Coffee with Sam\n\nIt went well, café talk."))
        try tmux.press("q")
        try tmux.waitForExit()
    }

    @Test func aPageLeftWithEscIsResumedFromHome() throws {
        defer { cleanUp() }
        do {
            let tmux = try TmuxSession(arguments: ["write"], journal: journal, columns: 80, rows: 24)
            defer { tmux.stop() }
            try tmux.waitFor("Just write")
            try tmux.type("Half a thought")
            try tmux.waitFor("Half a thought")
            try tmux.press("Escape")
            try tmux.waitForExit()
        }
        let tmux = try TmuxSession(journal: journal, columns: 80, rows: 24)
        defer { tmux.stop() }
        try tmux.waitFor("A page you started writing is waiting.")
        try tmux.waitFor("this machine")
        try tmux.press("r")
        try tmux.waitFor("Welcome back. Your page is as you left it.")
        try tmux.waitFor("Half a thought")
    }

    /// `script` gives `list` a terminal for its output (tmux would close the pane of a command this quick).
    static let script = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: script != nil))
    func anEmptyListOnATerminalSaysSo() throws {
        defer { cleanUp() }
        let command = [OnwardBinary.path, "list", "--journal", journal].map { "'" + $0 + "'" }.joined(separator: " ")
        let run = try ChildProcess.run(["env", "LANG=C.UTF-8", "HOME=\(journal)-home", Self.script!, "-qec", command, "/dev/null"])
        #expect(run.status == 0)
        let lines = run.stdout.split(whereSeparator: { $0.isNewline }).map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(lines == ["No entries yet. Start with `onward checkin --mood 6`."])
        // Without a terminal the output stays empty, for scripts.
        let piped = try ChildProcess.run(["env", "HOME=\(journal)-home", OnwardBinary.path, "list", "--journal", journal])
        #expect(piped.stdout.isEmpty)
    }
}
