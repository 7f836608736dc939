import Foundation
import JournalCore

/// What a screen is told about.
public enum ScreenEvent {
    case key(Key)
    case resize(Size)
    /// The screen became the top one again (after the one above it closed).
    case appeared
    /// The loop's clock, once a turn (about once a second when idle): for a timer on screen.
    case tick(Date)
    /// The result of an effect the screen asked for.
    case result(EffectResult)
}

/// The outcome of an effect that did I/O.
public enum EffectResult {
    case saved(StoredEntry)
    case saveFailed(String)
    case home(HomeSummary)
    case draftSaved
    case draftFailed(String)
    /// A result of a `.perform` effect, of a type the screen defines.
    case value(Any)
}
