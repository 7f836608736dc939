import Foundation

/// Where a run's output goes: the process's stdout and stderr, or (in tests) a capture.
protocol OutputStreams: Sendable {
    /// True when stdout is a terminal (only then may `auto` colour and a terminal's hints apply).
    var stdoutIsTerminal: Bool { get }
    /// Text for stdout, as `print` writes it.
    func out(_ text: String)
    /// Bytes for stdout exactly as they are.
    func outRaw(_ bytes: [UInt8])
    /// Text for stderr.
    func err(_ text: String)
}

/// The process's own stdout and stderr.
struct StandardStreams: OutputStreams {
    let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1

    func out(_ text: String) { print(text, terminator: "") }

    func outRaw(_ bytes: [UInt8]) {
        fflush(nil)  // what `out` buffered goes first
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress! + done, $0.count - done) }
            if n < 0 { if errno == EINTR { continue }; return }
            done += n
        }
    }

    func err(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
