import Foundation
import Testing

/// Issue 11, hostile files and environment, through the real binary: each case asserts what
/// the person is promised (their text visible and intact, one sentence, nothing replaced),
/// not only that onward survived. Every command runs under `timeout`, so a hang fails the
/// case (status 124) instead of stalling the run.
@Suite("Hostile files and environment", .serialized)
struct HostileEnvironmentTests {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("onward-hostile-env-\(UUID().uuidString)").path
    var journal: String { base + "/journal" }
    var config: String { base + "/config" }

    static let isRoot = geteuid() == 0
    static let hasScript = FileManager.default.isExecutableFile(atPath: "/usr/bin/script")

    /// Raw bytes that must never reach a terminal from a file: ESC, BEL, CSI (C1), a bidi override.
    static let raw: [String] = ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}"]

    init() throws {
        try FileManager.default.createDirectory(atPath: base + "/config/onward", withIntermediateDirectories: true)
    }

    func cleanUp() {
        // Undo what a case may have changed so the folder can go (a chown, a 0777 mode).
        _ = chown(journal, geteuid(), getegid())
        _ = chmod(journal, 0o700)
        try? FileManager.default.removeItem(atPath: base)
    }

    /// `onward ARGS --journal J` with a clean environment (HOME inside the test folder), under a
    /// 20 s `timeout`; `unset` removes variables, `extra` adds some.
    func onward(_ arguments: [String], journalFlag: Bool = true, unset: [String] = [], extra: [String: String] = [:]) throws -> ChildProcess.Result {
        var env = ["HOME": base + "/home", "XDG_CONFIG_HOME": config, "LANG": "C.UTF-8", "NO_COLOR": "1"]
        for name in unset { env[name] = nil }
        env.merge(extra) { $1 }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let unsetting = (["HOME", "XDG_DATA_HOME", "ONWARD_JOURNAL", "XDG_CONFIG_HOME"]).flatMap { ["-u", $0] }
        return try ChildProcess.run(["timeout", "20", "env"] + unsetting + assignments + [OnwardBinary.path] + arguments
            + (journalFlag ? ["--journal", journal] : []))
    }

    /// The same, on a terminal (`script` gives it a pty); stdout and stderr both land in stdout.
    func onwardOnTerminal(_ arguments: [String]) throws -> ChildProcess.Result {
        let command = (["env", "XDG_CONFIG_HOME=" + config, "NO_COLOR=1", OnwardBinary.path] + arguments + ["--journal", journal])
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        return try ChildProcess.run(["timeout", "20", "script", "-qec", command, "/dev/null"])
    }

    func write(_ relative: String, _ text: String) throws {
        let path = journal + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func kind(_ path: String) -> mode_t? {
        var st = stat()
        return lstat(path, &st) == 0 ? st.st_mode & S_IFMT : nil
    }

    /// An entry whose front matter uses YAML escapes (`\e`, `\x1b`, `\a`, `\u202E`) and whose body has raw controls.
    static let escapedEntry = """
        ---
        kind: reflection
        created: 2026-01-03T10:00:00+01:00
        company: "Ac\\eme\\x1b]0;pwned\\a"
        role: "r\\u202Eole"
        emotions: ["sa\\ed"]
        tags: ["t\\eg"]
        ---
        # Ti\u{1B}[2Jtle

        ## Achievements
        - shipped \u{1B}[31m the thing

        ## Lessons
        - ask \u{07}early

        """

    // MARK: 1. Control characters are shown, never sent

    @Test(.enabled(if: hasScript)) func fileTextReachesATerminalOnlyAsVisibleText() throws {
        defer { cleanUp() }
        try write("entries/2026/01/2026-01-03-1000-reflection-esc.md", Self.escapedEntry)
        let id = "2026-01-03-1000-reflection-esc"
        for arguments in [["show", id], ["show", id, "--raw"], ["export", "--format", "markdown", "--output", "-"],
                          ["export", "--format", "html", "--output", "-"], ["list"], ["search", "thing"],
                          ["insights"], ["stats"], ["doctor"]] {
            let result = try onwardOnTerminal(arguments)
            let label = arguments.joined(separator: " ")
            #expect(result.status == 0, "\(label): \(result.stdout)")
            for sequence in Self.raw {
                #expect(!result.stdout.contains(sequence), "\(label) sent U+\(String(sequence.unicodeScalars.first!.value, radix: 16)) raw to the terminal")
            }
        }
        // The escapes are decoded and then shown, in the header as in the body.
        let show = try onwardOnTerminal(["show", id]).stdout
        #expect(show.contains("Ac^[me^[]0;pwned^G"), "\(show)")
        #expect(show.contains("r<U+202E>ole"))
        #expect(show.contains("shipped ^[[31m the thing"))
        let raw = try onwardOnTerminal(["show", id, "--raw"]).stdout
        #expect(raw.contains("# Ti^[[2Jtle"), "\(raw)")
        #expect(try onwardOnTerminal(["export", "--format", "markdown", "--output", "-"]).stdout.contains("Ac^[me^[]0;pwned^G"))
    }

    @Test func pipedRawOutputIsTheFileByteForByte() throws {
        defer { cleanUp() }
        try write("entries/2026/01/2026-01-03-1000-reflection-esc.md", Self.escapedEntry)
        let result = try onward(["show", "2026-01-03-1000-reflection-esc", "--raw"])
        #expect(result.status == 0)
        #expect(result.stdout == Self.escapedEntry)
    }

    // MARK: 2. Times outside the calendar

    @Test func fileTimesAndDatesOutOfRangeAreReadNotFatal() throws {
        defer { cleanUp() }
        let entry = "entries/2026/01/2026-01-05-0900-note.md"
        try write(entry, "---\nkind: note\ncreated: 2026-01-05T09:00:00+01:00\n---\nstill here\n")
        try write("entries/2026/01/2026-01-06-0900-note-far.md", "---\nkind: note\ncreated: 99999-01-01T10:00:00+01:00\n---\nfar\n")
        // 2300-01-01, far before 1678, and the far ends a 64-bit time can hold.
        for seconds in [10_413_792_000, -99_999_999_999, -9_999_999_999, 99_999_999_999] as [Int] {
            var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
            guard utimensat(AT_FDCWD, journal + "/" + entry, &times, 0) == 0 else { continue }  // the file system refuses it
            try? FileManager.default.removeItem(atPath: journal + "/.onward/index")
            for arguments in [["list"], ["list"], ["stats"], ["search", "still"], ["insights"], ["show", "2026-01-05-0900-note"]] {
                let result = try onward(arguments)
                #expect(result.status == 0, "mtime \(seconds), \(arguments): status \(result.status) \(result.stderr.prefix(300))")
            }
            #expect(try onward(["list"]).stdout.contains("2026-01-05-0900"), "mtime \(seconds)")
            let doctor = try onward(["doctor"])
            #expect(doctor.status == 1)
            #expect(doctor.stdout.contains("2026-01-06-0900-note-far.md") && doctor.stdout.contains("must be a date and time"))
        }
    }

    // MARK: 3. Nothing blocks on a FIFO

    @Test func aFIFOAtAnyPathIsReportedNotWaitedOn() throws {
        defer { cleanUp() }
        try write("entries/2026/01/2026-01-05-0900-note.md", "---\nkind: note\ncreated: 2026-01-05T09:00:00+01:00\n---\nfine\n")
        try FileManager.default.createDirectory(atPath: journal + "/.onward/drafts", withIntermediateDirectories: true)
        let fifos = [
            (".onward/index", ["list"]), (".onward/index", ["checkin", "--mood", "6"]),
            ("entries/2026/01/2026-01-07-0900-note-fifo.md", ["show", "2026-01-07-0900-note-fifo", "--raw"]),
            (".onward/drafts/2026-01-08-0900-reflection.md", ["doctor"]), (".onward/trash", ["doctor"]), (".onward/lock", ["doctor"]),
        ]
        for (path, arguments) in fifos {
            #expect(mkfifo(journal + "/" + path, 0o600) == 0, "\(path)")
            let started = Date()
            let result = try onward(arguments)
            #expect(result.status != 124 && Date().timeIntervalSince(started) < 15, "\(arguments) blocked on a FIFO at \(path)")
            let doctor = try onward(["doctor"])
            #expect(doctor.stdout.contains(path), "doctor does not name the FIFO at \(path):\n\(doctor.stdout)")
            #expect(kind(journal + "/" + path) == S_IFIFO, "the FIFO at \(path) was replaced")
            unlink(journal + "/" + path)
        }
        // The config file, outside the journal: a sentence, and the defaults.
        #expect(mkfifo(config + "/onward/config.yaml", 0o600) == 0)
        let listed = try onward(["list"])
        #expect(listed.status == 0 && listed.stdout.contains("2026-01-05"))
        #expect(listed.stderr.contains("config.yaml cannot be read (it is not a regular file"), "\(listed.stderr)")
        unlink(config + "/onward/config.yaml")
    }

    @Test(.enabled(if: TmuxSession.isAvailable)) func aFIFOAsTheGuideFallsBackToTheBuiltInOne() throws {
        defer { cleanUp() }
        try FileManager.default.createDirectory(atPath: journal + "-config/onward", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: journal + "-config") }
        #expect(mkfifo(journal + "-config/onward/guide.md", 0o600) == 0)
        let tmux = try TmuxSession(arguments: ["reflect"], journal: journal, columns: 80, rows: 24)
        defer { tmux.stop() }
        try tmux.waitFor("Step 1 of 10", timeout: 15)
    }

    // MARK: 4. Export replaces nothing but a regular file

    @Test func exportRefusesAnythingButARegularFileAsItsTarget() throws {
        defer { cleanUp() }
        try write("entries/2026/01/2026-01-05-0900-note.md", "---\nkind: note\ncreated: 2026-01-05T09:00:00+01:00\n---\nfine\n")
        let targets = base + "/targets"
        try FileManager.default.createDirectory(atPath: targets + "/folder", withIntermediateDirectories: true)
        #expect(mkfifo(targets + "/fifo", 0o600) == 0)
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: targets + "/real"))
        #expect(symlink(targets + "/real", targets + "/link") == 0)
        var cases: [(String, mode_t)] = [("fifo", S_IFIFO), ("folder", S_IFDIR), ("link", S_IFLNK)]
        // A device node of our own (the null device) when allowed; never the system's /dev/null.
        if Self.isRoot, mknod(targets + "/device", S_IFCHR | 0o600, dev_t((1 << 8) | 3)) == 0 { cases.append(("device", S_IFCHR)) }
        for (name, type) in cases {
            let result = try onward(["export", "--format", "json", "--output", targets + "/" + name])
            #expect(result.status == 1, "\(name)")
            #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.hasPrefix("onward: could not write"), "\(name): \(result.stderr)")
            #expect(kind(targets + "/" + name) == type, "the \(name) was replaced")
        }
        #expect(try String(contentsOfFile: targets + "/real", encoding: .utf8) == "keep me")
        // A regular file is replaced, and a leftover of a killed export beside it is cleared.
        try Data("old".utf8).write(to: URL(fileURLWithPath: targets + "/.out.json.tmp-999999-7"))
        #expect(try onward(["export", "--format", "json", "--output", targets + "/out.json"]).status == 0)
        #expect(try String(contentsOfFile: targets + "/out.json", encoding: .utf8).contains("2026-01-05"))
        #expect(!FileManager.default.fileExists(atPath: targets + "/.out.json.tmp-999999-7"))
    }

    // MARK: 5. No write through a link inside the journal

    @Test func aLinkedOnwardFolderIsNeverWrittenThrough() throws {
        defer { cleanUp() }
        try write("entries/2026/01/2026-01-05-0900-note.md", "---\nkind: note\ncreated: 2026-01-05T09:00:00+01:00\n---\nfine\n")
        let outside = base + "/outside"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        #expect(symlink(outside, journal + "/.onward") == 0)
        for arguments in [["list"], ["stats"], ["search", "fine"], ["checkin", "--mood", "6"], ["show", "2026-01-05-0900-note"]] {
            let result = try onward(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty, "something was written through the link")
        let doctor = try onward(["doctor"])
        #expect(doctor.stdout.contains(".onward: it is a symbolic link"), "\(doctor.stdout)")
    }

    // MARK: 6. HOME unset, folders that are not the person's own

    @Test func withoutHomeAndNoJournalNamedOnwardRefuses() throws {
        defer { cleanUp() }
        for arguments in [["list"], ["checkin", "--mood", "5"], []] {
            let result = try onward(arguments, journalFlag: false, unset: ["HOME"])
            #expect(result.status != 0 && result.status != 124)
            #expect(result.stderr == "onward: HOME is not set, so onward does not know where your journal is; name it with --journal DIR or ONWARD_JOURNAL=DIR.\n", "\(arguments): \(result.stderr)")
        }
        // `~` with no HOME stands for nothing, in a flag as in the config file.
        let tilde = try onward(["list", "--journal", "~/journal"], journalFlag: false, unset: ["HOME"])
        #expect(tilde.status == 1 && tilde.stderr.contains("HOME is not set, so ~ stands for nothing"), "\(tilde.stderr)")
        try Data("journal: ~/journal\n".utf8).write(to: URL(fileURLWithPath: config + "/onward/config.yaml"))
        let configured = try onward(["list"], journalFlag: false, unset: ["HOME"])
        #expect(configured.status == 1 && configured.stderr.contains("the config file's journal is ~/journal, but HOME is not set"), "\(configured.stderr)")
        // Named some other way, it works without HOME.
        let named = try onward(["checkin", "--mood", "5"], journalFlag: false, unset: ["HOME"], extra: ["ONWARD_JOURNAL": journal])
        #expect(named.status == 0, "\(named.stderr)")
    }

    @Test func aJournalOthersCanWriteIsRefusedForWriting() throws {
        defer { cleanUp() }
        try write("entries/2026/01/2026-01-05-0900-note.md", "---\nkind: note\ncreated: 2026-01-05T09:00:00+01:00\n---\nfine\n")
        #expect(chmod(journal, 0o777) == 0)
        let result = try onward(["checkin", "--mood", "5"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("can be written by others (mode 777)") && result.stderr.contains("chmod go-w"), "\(result.stderr)")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: journal).filter { $0.contains("checkin") }.isEmpty)
        // Reading still works: the person can look at what they wrote.
        #expect(try onward(["list"]).stdout.contains("2026-01-05"))
    }

    @Test(.enabled(if: isRoot)) func aJournalOwnedByAnotherUserIsRefusedForWriting() throws {
        defer { cleanUp() }
        try write("entries/2026/01/2026-01-05-0900-note.md", "---\nkind: note\ncreated: 2026-01-05T09:00:00+01:00\n---\nfine\n")
        #expect(chown(journal, 65534, 65534) == 0)  // nobody
        let result = try onward(["checkin", "--mood", "5"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("belongs to another user (uid 65534)"), "\(result.stderr)")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: journal).filter { $0.contains("checkin") }.isEmpty)
    }

    // MARK: 7. Temporary files left by a crash

    @Test func temporaryFilesOfAKilledWriterAreRemovedEverywhere() throws {
        defer { cleanUp() }
        try write("entries/2026/01/2026-01-05-0900-note.md", "---\nkind: note\ncreated: 2026-01-05T09:00:00+01:00\n---\nfine\n")
        let leftovers = ["entries/2026/01/.2026-01-05-0900-note.md.tmp-999999-1", ".onward/.index.tmp-999999-2",
                         ".onward/drafts/.2026-01-06-0900-reflection.md.tmp-999999-3"]
        for path in leftovers { try write(path, "half a save") }
        // A live writer's file (this test's pid) is a save in progress: kept, and not a problem.
        let live = ".onward/.index.tmp-\(getpid())-4"
        try write(live, "in progress")
        let first = try onward(["doctor"])
        #expect(first.stderr.contains("Removed 3 temporary files left by interrupted saves"), "\(first.stderr)")
        for path in leftovers { #expect(!FileManager.default.fileExists(atPath: journal + "/" + path), "\(path) is still there") }
        #expect(FileManager.default.fileExists(atPath: journal + "/" + live))
        let second = try onward(["doctor"])
        #expect(second.status == 0 && !second.stdout.contains("tmp-"), "\(second.stdout)")
        #expect(try String(contentsOfFile: journal + "/entries/2026/01/2026-01-05-0900-note.md", encoding: .utf8).contains("fine"))
    }
}
