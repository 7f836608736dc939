import Foundation

/// A shell in a tmux pane, for what `TmuxSession` cannot do: run onward from a shell (to
/// check the terminal afterwards with `stty -a`), or start it with odd TERM or closed stdin.
final class ShellPane {
    let socket = "onward-rely-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    private var running = true

    init(columns: Int = 100, rows: Int = 30) throws {
        try tmux(["-u", "new-session", "-d", "-s", "s", "-x", "\(columns)", "-y", "\(rows)",
                  "env -i PATH=/usr/bin:/bin LANG=C.UTF-8 TERM=xterm-256color PS1='onward-sh> ' sh"])
        try tmux(["set-option", "-t", "s", "remain-on-exit", "on"])
    }

    deinit { stop() }

    /// Kills the tmux server, then waits until the shell and what it started (onward saving on
    /// SIGHUP) are gone, so nothing writes into a journal after the test removed it.
    func stop() {
        guard running else { return }
        running = false
        let pid = (try? tmux(["display-message", "-p", "-t", "s", "#{pane_pid}"]))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        let session = pid.map(PaneProcesses.inSession) ?? []
        _ = try? tmux(["kill-server"])
        PaneProcesses.waitUntilGone(session)
    }

    /// Types a command line and presses Enter.
    func run(_ line: String) throws {
        try tmux(["send-keys", "-t", "s", "-l", line])
        try tmux(["send-keys", "-t", "s", "Enter"])
    }

    func type(_ text: String) throws { try tmux(["send-keys", "-t", "s", "-l", text]) }
    func press(_ key: String) throws { try tmux(["send-keys", "-t", "s", key]) }
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "s"]) }

    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.03)
        }
        throw TmuxError.timedOut(waitingFor: text, screen: last)
    }

    /// The pid of the shell in the pane.
    func shellPID() throws -> Int32 {
        let text = try tmux(["display-message", "-p", "-t", "s", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let pid = Int32(text) else { throw TmuxError.failed("no pane pid in \(text)") }
        return pid
    }

    /// The pid of the shell's child (onward, started from the shell), waiting for it to appear.
    func childPID(timeout: TimeInterval = 10) throws -> Int32 {
        let shell = try shellPID()
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let text = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            if let pid = text.split(separator: " ").first.flatMap({ Int32($0) }) { return pid }
            Thread.sleep(forTimeInterval: 0.03)
        }
        throw TmuxError.failed("the shell started no program")
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try ChildProcess.run(["tmux", "-L", socket] + arguments)
        guard result.status == 0 else { throw TmuxError.failed("tmux \(arguments.joined(separator: " ")): \(result.stderr)") }
        return result.stdout
    }
}

/// Quotes a word for sh.
func shellQuoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
