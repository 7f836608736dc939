import Foundation

/// The quiet timer of a timed step: counts only the time spent on that step, and only while
/// the program is running, so a pause, a suspended laptop or a clock set back does not count.
public struct ExerciseTimer: Equatable, Sendable {
    /// How long the timer runs, in seconds.
    public var duration: TimeInterval
    /// Seconds counted so far.
    public private(set) var elapsed: TimeInterval
    private var lastTick: Date?

    /// The longest gap between two ticks that is counted in full: longer ones are a suspended
    /// machine or a clock change, not writing.
    public static let longestGap: TimeInterval = 60

    public init(duration: TimeInterval, elapsed: TimeInterval = 0) {
        self.duration = max(1, duration)
        self.elapsed = max(0, elapsed)
    }

    /// Counts the time since the previous tick while `running`; a tick while not running only
    /// forgets the last moment, so the next running tick starts afresh.
    public mutating func tick(_ now: Date, running: Bool) {
        defer { lastTick = running ? now : nil }
        guard running, let last = lastTick else { return }
        let gap = now.timeIntervalSince(last)
        if gap > 0 { elapsed += min(gap, Self.longestGap) }
    }

    /// True once the time is up (the person may go on writing).
    public var isUp: Bool { elapsed >= duration }

    /// Whole minutes written, rounded to the nearest (at least 1 once anything was counted).
    public var minutesWritten: Int? {
        guard elapsed > 0 else { return nil }
        return max(1, Int((elapsed / 60).rounded()))
    }

    /// The quiet words in the corner: "12 min left", "under a minute left", "time's up".
    public var caption: String {
        let left = duration - elapsed
        if left <= 0 { return "time's up · stop when you like" }
        if left < 60 { return "under a minute left" }
        return "\(Int((left / 60).rounded(.up))) min left"
    }
}
