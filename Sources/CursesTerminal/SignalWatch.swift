/// Turns SIGTERM and SIGHUP (the window was closed) into a flag the event loop reads,
/// so the draft is saved and the terminal restored instead of dying mid-screen.
enum SignalWatch {
    nonisolated(unsafe) private static var pending: sig_atomic_t = 0

    static func install() {
        // A parent may have started us with these blocked (masks are inherited): unblock them,
        // with SIGWINCH, which ncurses needs to report a resize.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGWINCH] { sigaddset(&wanted, sig) }
        sigprocmask(SIG_UNBLOCK, &wanted, nil)
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            var action = sigaction()
            action.handler = { _ in SignalWatch.pending = 1 }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // no SA_RESTART: a blocked read returns so the flag is seen at once
            sigaction(sig, &action, nil)
        }
    }

    static func takePending() -> Bool {
        guard pending != 0 else { return false }
        pending = 0
        return true
    }
}
