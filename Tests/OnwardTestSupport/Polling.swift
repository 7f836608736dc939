import Foundation

/// Waits for a condition by polling it, never by a fixed sleep: true as soon as it holds,
/// false when `seconds` pass first.
public func eventually(within seconds: Double, every interval: Double = 0.01, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while true {
        if try condition() { return true }
        if Date() >= deadline { return false }
        Thread.sleep(forTimeInterval: interval)
    }
}
