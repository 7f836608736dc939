import Foundation

/// The real `onward` binary in a real terminal: a detached tmux session on its own socket.
///
/// Each session uses a unique socket name, because reusing one right after `kill-server`
/// can fail. Screens are read with `capture-pane -p` and polled until text appears.
final class TmuxSession {
    let socket: String
    let journal: String
    private(set) var isRunning = false

    /// Whether tmux is on this machine. CI sets ONWARD_REQUIRE_TMUX=1 so a missing tmux fails instead of skipping.
    static var isAvailable: Bool {
        let found = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
            || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
        if !found && ProcessInfo.processInfo.environment["ONWARD_REQUIRE_TMUX"] == "1" {
            fatalError("tmux is required for the end-to-end tests (ONWARD_REQUIRE_TMUX=1) but is not installed")
        }
        return found
    }

    /// Starts `onward ARGS --journal JOURNAL` in a `columns`x`rows` terminal.
    init(arguments: [String] = [], journal: String, columns: Int = 100, rows: Int = 30,
         environment: [String: String] = [:]) throws {
        socket = "onward-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        self.journal = journal
        var env = ["LANG": "C.UTF-8", "ESCDELAY": "25", "TERM": "xterm-256color", "HOME": journal + "-home",
                   "XDG_CONFIG_HOME": journal + "-config"]
        env.merge(environment) { $1 }
        let command = (["env"] + env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            + [OnwardBinary.path] + arguments + ["--journal", journal]).map(Self.shellQuote).joined(separator: " ")
        try tmux(["-u", "new-session", "-d", "-s", "s", "-x", "\(columns)", "-y", "\(rows)", command])
        // Keep the pane after the program exits so its last screen can still be read.
        try tmux(["set-option", "-t", "s", "remain-on-exit", "on"])
        isRunning = true
    }

    deinit { stop() }

    /// Kills the tmux server (and with it the program, if still running), then waits until the
    /// program is gone: it saves on SIGHUP, and doing so after a test's clean-up would make the
    /// journal folder again and leave it behind.
    func stop() {
        guard isRunning else { return }
        isRunning = false
        let session = (try? programPID()).map(PaneProcesses.inSession) ?? []
        _ = try? tmux(["kill-server"])
        PaneProcesses.waitUntilGone(session)
    }

    /// Types text literally (UTF-8, so emoji and accents arrive as typed).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "s", "-l", text]) }

    /// Pastes `text` in one go, as a terminal's paste does (newlines arrive as Enter); with
    /// `bracketed`, marked as a paste when the program asked for bracketed paste (tmux's -p).
    func paste(_ text: String, bracketed: Bool = false) throws {
        try tmux(["set-buffer", "-b", "paste", text])
        try tmux(["paste-buffer", "-d", "-b", "paste", "-t", "s"] + (bracketed ? ["-p"] : []))
    }

    /// Presses named keys: Enter, Tab, BTab, Escape, Up, C-c, ...
    func press(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "s", key]) }
    }

    /// The screen as text, one string per row.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "s"]) }

    /// Polls the screen until `text` appears and the frame is complete, or fails after `timeout` seconds with the screen in the error.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        var previous: String?
        while Date() < deadline {
            last = try screen()
            // A capture can land in the middle of a frame: return only once the screen holds
            // the text and has stopped changing between two captures.
            if last.contains(text), last == previous { return last }
            previous = last.contains(text) ? last : nil
            Thread.sleep(forTimeInterval: 0.03)
        }
        if let previous { return previous }  // the text is there; the screen just kept changing
        throw TmuxError.timedOut(waitingFor: text, screen: last)
    }

    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", "s", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The pid of the program in the pane.
    func programPID() throws -> Int32 {
        let text = try tmux(["display-message", "-p", "-t", "s", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let pid = Int32(text) else { throw TmuxError.failed("no pane pid in \(text)") }
        return pid
    }

    /// Whether the program in the pane has exited (the pane is kept, marked dead).
    func programHasExited() throws -> Bool {
        try tmux(["display-message", "-p", "-t", "s", "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Waits until the program has exited.
    func waitForExit(timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try programHasExited() { return }
            Thread.sleep(forTimeInterval: 0.03)
        }
        throw TmuxError.timedOut(waitingFor: "the program to exit", screen: (try? screen()) ?? "")
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try ChildProcess.run(["tmux", "-L", socket] + arguments)
        guard result.status == 0 else {
            throw TmuxError.failed("tmux \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        return result.stdout
    }

    private static func shellQuote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

enum TmuxError: Error, CustomStringConvertible {
    case timedOut(waitingFor: String, screen: String)
    case failed(String)

    var description: String {
        switch self {
        case .timedOut(let text, let screen): return "timed out waiting for \"\(text)\"; the screen was:\n\(screen)"
        case .failed(let message): return message
        }
    }
}

/// The processes of a tmux pane: the pane's program leads a session, and everything it
/// starts (a shell's onward, an editor) belongs to it.
enum PaneProcesses {
    /// The pids whose session is led by `leader`, the leader included.
    static func inSession(_ leader: Int32) -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap(Int32.init).filter { pid in
            pid == leader || stat(of: pid).map { $0.count > 3 && $0[3] == String(leader) } == true
        }
    }

    /// Waits, polling with a deadline, until none of `pids` runs any more.
    static func waitUntilGone(_ pids: [Int32], seconds: TimeInterval = 5) {
        let deadline = Date().addingTimeInterval(seconds)
        while pids.contains(where: isAlive), Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    }

    /// True while `pid` runs (a zombie waiting to be reaped has finished and counts as gone).
    static func isAlive(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        guard let fields = stat(of: pid) else { return false }
        return fields.first != "Z"
    }

    /// The fields of `/proc/PID/stat` after the command name: state, ppid, pgrp, session, ...
    private static func stat(of pid: Int32) -> [String]? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        return text[text.index(after: close)...].split(separator: " ").map(String.init)
    }
}
