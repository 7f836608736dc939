/// Hands the terminal to another program (the person's editor) and waits for it.
///
/// The real one lives in `CursesTerminal`, which may call C; TerminalUI only knows this shape.
public protocol ProgramLauncher {
    /// Runs `command` on the file at `path`; nil when it went well, else one sentence saying what went wrong.
    func runEditor(_ command: String, file path: String) -> String?
}

/// The launcher used when none is given: it says editing is not available.
public struct NoProgramLauncher: ProgramLauncher {
    public init() {}
    public func runEditor(_ command: String, file path: String) -> String? {
        "Editing is not available here; the file is \(path)."
    }
}
