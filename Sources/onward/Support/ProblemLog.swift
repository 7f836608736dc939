import Foundation

/// Lines kept while the full screen is up, to print once it is gone (stderr would draw over it).
final class ProblemLog: @unchecked Sendable {
    // Guarded by `lock`: the committer's callback may in principle come from any thread.
    private let lock = NSLock()
    private var stored: [String] = []

    func add(_ line: String) { lock.withLock { if !stored.contains(line) { stored.append(line) } } }

    var lines: [String] { lock.withLock { stored } }
}
