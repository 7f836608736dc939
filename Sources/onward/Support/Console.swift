import JournalCore

/// A run's output and how it may look: bold and dim only when the run's colour choice
/// (`--color`, the config file, `NO_COLOR`, `TERM=dumb`, in that order) allows it for this stdout.
struct Console: Sendable {
    /// True when bold and dim may be written to stdout.
    let styled: Bool
    let streams: any OutputStreams

    init(styled: Bool, streams: any OutputStreams) {
        self.styled = styled
        self.streams = streams
    }

    /// The console of a run whose colour is `mode`.
    init(color mode: ColorMode, streams: any OutputStreams) {
        self.init(styled: mode.allowsStyle(outputIsTerminal: streams.stdoutIsTerminal), streams: streams)
    }

    /// True when stdout is a terminal.
    var stdoutIsTerminal: Bool { streams.stdoutIsTerminal }

    /// A line (or any text with `terminator`) on stdout.
    func print(_ text: String, terminator: String = "\n") { streams.out(text + terminator) }

    /// Bold on a styled terminal, plain text otherwise.
    func bold(_ text: String) -> String { styled ? "\u{1B}[1m" + text + "\u{1B}[0m" : text }

    /// Dim on a styled terminal, plain text otherwise.
    func dim(_ text: String) -> String { styled ? "\u{1B}[2m" + text + "\u{1B}[0m" : text }

    /// "onward: <message>" on stderr.
    func error(_ message: String) { streams.err("onward: " + message + "\n") }

    /// A line on stderr without the prefix, for a hint after an error or a note beside output.
    func hint(_ message: String) { streams.err(message + "\n") }

    /// Bytes to stdout exactly as they are (for `show --raw`).
    func writeRaw(_ bytes: [UInt8]) { streams.outRaw(bytes) }
}
