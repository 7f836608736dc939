import Foundation
import TerminalUI

/// Runs the person's editor on one file in the foreground and waits for it to finish.
///
/// The command goes through `/bin/sh -c '<command> "$1"'`, so an editor given with arguments
/// (`EDITOR="code -w"`) works and the file name is never re-split by the shell. While it runs,
/// onward ignores Ctrl-C and Ctrl-\ the way `system()` does, so they reach the editor only.
public struct EditorLauncher: ProgramLauncher {
    public init() {}

    /// Runs `command` on `path`; returns nil on success, else a sentence saying what went wrong.
    public func runEditor(_ command: String, file path: String) -> String? {
        let words: [String] = ["sh", "-c", command + " \"$1\"", "sh", path]
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let ignored = ignoreInterrupts()
        defer { restore(ignored) }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/bin/sh", nil, &attributes, &argv, environ)
        guard rc == 0 else { return "The editor could not be started (\(String(cString: strerror(rc))))." }
        var status: Int32 = 0
        // A signal (a resize, a closed window) interrupts the wait; the editor is still running.
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = (status & 0x7f) == 0
        let code = (status >> 8) & 0xff
        if exited && code == 0 { return nil }
        if exited && code == 127 { return "The editor \"\(command)\" was not found. Set $VISUAL or $EDITOR to one you have." }
        return exited
            ? "The editor \"\(command)\" stopped with an error (status \(code))."
            : "The editor \"\(command)\" was stopped by a signal (\(status & 0x7f))."
    }

    private func ignoreInterrupts() -> [(Int32, sigaction)] {
        [SIGINT, SIGQUIT].map { sig in
            var ignore = sigaction()
            ignore.handler = SIG_IGN
            sigemptyset(&ignore.sa_mask)
            var old = sigaction()
            sigaction(sig, &ignore, &old)
            return (sig, old)
        }
    }

    private func restore(_ saved: [(Int32, sigaction)]) {
        for (sig, old) in saved {
            var action = old
            sigaction(sig, &action, nil)
        }
    }
}
