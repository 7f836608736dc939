import Foundation

/// Where output goes, and whether it may carry escape codes: by default only on a terminal,
/// only when `NO_COLOR` is unset or empty, and not on a `dumb` terminal.
enum Console {
    static let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1

    // `--color`, the config file, NO_COLOR and TERM=dumb decide, in that order (see OutputColor).
    static var styled: Bool { OutputColor.enabled }

    /// Bold on a styled terminal, plain text otherwise.
    static func bold(_ text: String) -> String { styled ? "\u{1B}[1m" + text + "\u{1B}[0m" : text }

    /// Dim on a styled terminal, plain text otherwise.
    static func dim(_ text: String) -> String { styled ? "\u{1B}[2m" + text + "\u{1B}[0m" : text }

    /// "onward: <message>" on stderr.
    static func error(_ message: String) { writeStderr("onward: " + message + "\n") }

    /// A line on stderr without the prefix, for a hint after an error or a note beside output.
    static func hint(_ message: String) { writeStderr(message + "\n") }

    /// Bytes to stdout exactly as they are (for `show --raw`).
    static func writeRaw(_ bytes: [UInt8]) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress! + done, $0.count - done) }
            if n < 0 { if errno == EINTR { continue }; return }
            done += n
        }
    }

    private static func writeStderr(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
