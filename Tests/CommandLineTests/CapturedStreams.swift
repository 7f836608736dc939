import Foundation
@testable import onward

/// Output of an in-process run, kept for the test to read; stdout is not a terminal.
final class CapturedStreams: OutputStreams, @unchecked Sendable {
    // Guarded by `lock`: a command may report from a callback on another thread.
    private let lock = NSLock()
    private var stdoutBytes: [UInt8] = []
    private var stderrBytes: [UInt8] = []

    let stdoutIsTerminal = false

    func out(_ text: String) { lock.withLock { stdoutBytes += Array(text.utf8) } }
    func outRaw(_ bytes: [UInt8]) { lock.withLock { stdoutBytes += bytes } }
    func err(_ text: String) { lock.withLock { stderrBytes += Array(text.utf8) } }

    var stdout: String { lock.withLock { String(decoding: stdoutBytes, as: UTF8.self) } }
    var stderr: String { lock.withLock { String(decoding: stderrBytes, as: UTF8.self) } }
}
