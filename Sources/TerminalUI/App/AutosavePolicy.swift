import Foundation

/// Decides when typing is saved as a draft: soon after typing pauses, and at least every
/// few seconds while it goes on, so a crash loses at most a few seconds of text.
public struct AutosavePolicy: Sendable {
    /// Save this long after the last keystroke.
    public var idleDelay: TimeInterval = 1.0
    /// ...and never let unsaved typing get older than this.
    public var maximumDelay: TimeInterval = 3.0
    private var firstUnsavedChange: Date?
    private var lastChange: Date?

    public init() {}

    public var hasUnsavedChanges: Bool { firstUnsavedChange != nil }

    /// Records a change to the text at `now`.
    public mutating func noteChange(at now: Date) {
        if firstUnsavedChange == nil { firstUnsavedChange = now }
        lastChange = now
    }

    /// Whether the draft should be written at `now`.
    public func shouldSave(at now: Date) -> Bool {
        guard let first = firstUnsavedChange, let last = lastChange else { return false }
        return now.timeIntervalSince(last) >= idleDelay || now.timeIntervalSince(first) >= maximumDelay
    }

    /// Records that everything up to now is saved.
    public mutating func noteSaved() {
        firstUnsavedChange = nil
        lastChange = nil
    }
}
