import Foundation
import JournalCore
import Testing

/// The faults through the real binary: signals, a second instance, odd terminals,
/// resize storms, closed stdin, a journal deleted or a disk filled while a person writes.
@Suite("Terminal faults", .serialized, .enabled(if: TmuxSession.isAvailable), .timeLimit(.minutes(3)))
struct TerminalFaultTests {
    let journal = FileManager.default.temporaryDirectory.appendingPathComponent("onward-rely-\(UUID().uuidString)").path

    func cleanUp() {
        for suffix in ["", "-home", "-config", "-stty"] { try? FileManager.default.removeItem(atPath: journal + suffix) }
    }

    func draftText() -> String {
        let folder = journal + "/.onward/drafts"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
        return names.compactMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }.joined(separator: "\n")
    }

    func waitForDraft(containing text: String, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if draftText().contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    func waitUntilGone(_ pid: Int32, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if kill(pid, 0) != 0 && errno == ESRCH { return true }
            Thread.sleep(forTimeInterval: 0.03)
        }
        return false
    }

    /// Whether an exclusive flock on `path` can be taken within `timeout` seconds (it is let go at once).
    func waitUntilLockIsFree(_ path: String, timeout: TimeInterval = 10) -> Bool {
        let fd = open(path, O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { flock(fd, LOCK_UN); return true }
            Thread.sleep(forTimeInterval: 0.03)
        }
        return false
    }

    /// Who has `path` open, read from /proc: "pid (cmdline) state" for each, for a failure's message.
    func processesHolding(_ path: String) -> [String] {
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let pids = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap(Int32.init)
        return pids.compactMap { pid in
            let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")) ?? []
            let holds = fds.contains { (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\($0)")) == real }
            guard holds else { return nil }
            let command = ((try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? "?").replacingOccurrences(of: "\0", with: " ")
            let state = ((try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? "").split(separator: ")").last?.split(separator: " ").first ?? "?"
            return "\(pid) [\(state)] \(command.prefix(120))"
        }
    }

    /// The command line that starts onward from the pane's shell.
    func onwardCommand(_ arguments: String) -> String {
        "HOME=\(shellQuoted(journal + "-home")) XDG_CONFIG_HOME=\(shellQuoted(journal + "-config")) ESCDELAY=25 "
            + shellQuoted(OnwardBinary.path) + " " + arguments + " --journal " + shellQuoted(journal)
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func signalSavesTheDraftAndLeavesTheTerminalSane(signal: Int32) throws {
        defer { cleanUp() }
        let pane = try ShellPane()
        defer { pane.stop() }
        try pane.waitFor("onward-sh>")
        try pane.run(onwardCommand("reflect"))
        try pane.waitFor("Step 1 of 10")
        try pane.type("Kramerica")
        try pane.waitFor("Kramerica")
        let pid = try pane.childPID()
        kill(pid, signal)
        #expect(waitUntilGone(pid))
        #expect(draftText().contains("company: Kramerica"))
        let out = journal + "-stty"
        try pane.run("stty -a > \(shellQuoted(out)); echo \"stty\"\"-done\"")
        try pane.waitFor("stty-done")
        let settings = try String(contentsOfFile: out, encoding: .utf8)
        let words = Set(settings.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(words.contains("icanon") && words.contains("echo") && words.contains("icrnl"), "\(settings)")
        #expect(!words.contains("-icanon") && !words.contains("-echo"), "\(settings)")
    }

    @Test
    func secondInstanceIsRefusedAndACrashLeavesNoStaleLock() throws {
        defer { cleanUp() }
        let first = try TmuxSession(arguments: ["reflect"], journal: journal)
        defer { first.stop() }
        try first.waitFor("Step 1 of 10")
        try first.type("Pendant Publishing")
        #expect(waitForDraft(containing: "Pendant Publishing"))
        let draftBefore = draftText()
        let pid = try first.programPID()
        let pane = try ShellPane()
        defer { pane.stop() }
        try pane.waitFor("onward-sh>")
        // Each run ends with a marker of its own: waiting for a shared one could match the line the
        // run before printed, and the kill below would then let a start still in its patience
        // loop take the journal (this made the test look flaky under load).
        for (run, arguments) in ["reflect", "", "checkin"].enumerated() {
            try pane.run("clear; " + onwardCommand(arguments) + "; echo \"r\"\"c\(run)=$?\"")
            let screen = try pane.waitFor("rc\(run)=")
            #expect(screen.contains("onward is already open on this journal (pid \(pid))."), "\(screen)")
            #expect(screen.contains("rc\(run)=1"), "\(screen)")
        }
        #expect(draftText() == draftBefore)
        kill(pid, SIGKILL)
        try first.waitForExit()
        #expect(FileManager.default.fileExists(atPath: journal + "/.onward/lock"))
        // tmux can report the pane dead a moment before the kernel has closed the killed
        // process's last files; the kernel must then drop its lock (a stale lock would never go).
        #expect(waitUntilLockIsFree(journal + "/.onward/lock"))
        let third = try TmuxSession(arguments: ["reflect"], journal: journal)
        defer { third.stop() }
        if (try? third.waitFor("Pendant Publishing")) == nil {
            // Who held the lock file then, so a failure names the process instead of guessing.
            let lockText = (try? String(contentsOfFile: journal + "/.onward/lock", encoding: .utf8)) ?? "?"
            Issue.record("a start after the crash did not get the journal; screen: \((try? third.screen()) ?? "?")\nlock says: \(lockText)holders: \(processesHolding(journal + "/.onward/lock"))")
        }
    }

    @Test(arguments: [("", "the TERM variable is not set"), ("dumb", "TERM=dumb"), ("no-such-terminal", "is unknown to ncurses")])
    func unusableTermIsOneSentence(term: (String, String)) throws {
        defer { cleanUp() }
        let pane = try ShellPane()
        defer { pane.stop() }
        try pane.waitFor("onward-sh>")
        try pane.run("TERM=\(shellQuoted(term.0)) " + onwardCommand("reflect") + "; echo \"r\"\"c=$?\"")
        let screen = try pane.waitFor("rc=")
        let joined = screen.replacingOccurrences(of: "\n", with: "")
        #expect(joined.contains(term.1), "\(screen)")
        #expect(screen.contains("rc=2") && !screen.contains("Fatal error"), "\(screen)")
    }

    @Test(arguments: ["<&-", "</dev/null", ">/dev/null"])
    func closedOrRedirectedStdioIsRefused(redirect: String) throws {
        defer { cleanUp() }
        let pane = try ShellPane()
        defer { pane.stop() }
        try pane.waitFor("onward-sh>")
        let marker = journal + "-stty"
        try pane.run(onwardCommand("reflect") + " \(redirect) 2>\(shellQuoted(marker)); echo \"r\"\"c=$?\"")
        try pane.waitFor("rc=")
        let screen = try pane.screen()
        #expect(screen.contains("rc=1") || screen.contains("rc=2"), "\(screen)")
        let message = (try? String(contentsOfFile: marker, encoding: .utf8)) ?? ""
        #expect(message.contains("needs an interactive terminal"), "\(message)")
    }

    @Test func tinyTerminalThenBackKeepsTheText() throws {
        defer { cleanUp() }
        let tmux = try TmuxSession(arguments: ["reflect"], journal: journal, columns: 20, rows: 6)
        defer { tmux.stop() }
        try tmux.waitFor("small")
        try tmux.type("Tiny words ")  // taken in while too small, though nothing can be seen
        #expect(waitForDraft(containing: "Tiny words"), "words typed into a too-small window are kept")
        try tmux.resize(columns: 100, rows: 30)
        try tmux.waitFor("Step 1 of 10")
        try tmux.waitFor("Tiny words")
        try tmux.type("Vandelay")
        try tmux.resize(columns: 20, rows: 6)
        try tmux.waitFor("small")
        try tmux.resize(columns: 80, rows: 24)
        try tmux.waitFor("Vandelay")
        #expect(waitForDraft(containing: "Vandelay"))
    }

    @Test func resizeStormKeepsEverything() throws {
        defer { cleanUp() }
        let tmux = try TmuxSession(arguments: ["reflect"], journal: journal)
        defer { tmux.stop() }
        try tmux.waitFor("Step 1 of 10")
        let sizes = [(80, 24), (120, 40), (20, 6), (50, 16), (200, 60), (79, 23)]
        let started = Date()
        for i in 0..<50 {
            let size = sizes[i % sizes.count]
            try tmux.resize(columns: size.0, rows: size.1)
            if i % 5 == 0 { try tmux.type("s\(i) ") }
        }
        let seconds = Date().timeIntervalSince(started)
        try tmux.resize(columns: 100, rows: 30)
        try tmux.waitFor("s45")
        #expect(try !tmux.programHasExited())
        #expect(waitForDraft(containing: "s0 s5 s10 s15 s20 s25 s30 s35 s40 s45"))
        print("resize storm: 50 resizes in \(String(format: "%.2f", seconds)) s")
    }

    @Test func journalDeletedWhileWritingIsMadeAgain() throws {
        defer { cleanUp() }
        let tmux = try TmuxSession(arguments: ["reflect"], journal: journal)
        defer { tmux.stop() }
        try tmux.waitFor("Step 1 of 10")
        try tmux.type("Gone")
        #expect(waitForDraft(containing: "Gone"))
        try FileManager.default.removeItem(atPath: journal)
        try tmux.type(" and back")
        #expect(waitForDraft(containing: "Gone and back"))
        try tmux.press("C-n")
        try tmux.waitFor("Step 2 of 10")
        #expect(try !tmux.programHasExited())
    }

    @Test(.enabled(if: ScratchDisk.isAvailable, "no tmpfs can be mounted here; JournalCoreTests inject ENOSPC instead"))
    func fullDiskShowsTheErrorKeepsTheTextAndRetries() throws {
        defer { cleanUp() }
        let disk = try #require(ScratchDisk.make(size: "128k"))
        defer { disk.unmount() }
        let root = disk.path + "/journal"
        let tmux = try TmuxSession(arguments: ["reflect"], journal: root)
        defer { tmux.stop() }
        try tmux.waitFor("Step 1 of 10")
        try tmux.type("Dunder")
        let draftPath = root + "/.onward/drafts"
        func draft() -> String {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: draftPath)) ?? []).filter { !$0.hasPrefix(".") }
            return names.first.flatMap { try? String(contentsOfFile: draftPath + "/" + $0, encoding: .utf8) } ?? ""
        }
        let deadline = Date().addingTimeInterval(10)
        while !draft().contains("Dunder") && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        disk.fill()
        try tmux.press("Tab")  // to Role
        try tmux.type("Regional manager")
        try tmux.waitFor("the disk is full")
        #expect(draft().contains("Dunder") && !draft().contains("Regional"))
        disk.free()
        try tmux.type(" of paper")
        let later = Date().addingTimeInterval(10)
        while !draft().contains("Regional manager of paper") && Date() < later { Thread.sleep(forTimeInterval: 0.05) }
        #expect(draft().contains("role: Regional manager of paper"))
    }
}
