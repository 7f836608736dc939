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
    /// Files of the journal changed while this screen was on top (another shell wrote a check-in,
    /// a note, an application): a screen showing what the journal holds reads it again.
    case journalChanged
    /// The result of an effect the screen asked for.
    case result(EffectResult)
}

/// The outcome of an effect that did I/O, one case for each kind of result a screen expects,
/// so an effect cannot hand a screen something of a type it does not read.
public enum EffectResult {
    /// The loop saved the finished entry.
    case saved(StoredEntry)
    case saveFailed(String)
    /// What the home screen shows, freshly read.
    case home(HomeSummary)
    case draftSaved
    case draftFailed(String)
    /// Where the journal is, for the home screen's line about it.
    case journalPlace(JournalPlace)
    /// The unfinished check-in or blank page the home screen offers, if any.
    case checkinDraft(CheckinDraftFound)
    /// The texts of the listed files, for the browse search.
    case searchCorpus(SearchCorpus)
    /// How an edit in the person's editor ended.
    case edited(EditOutcome)
    /// How moving an entry to the trash ended.
    case deleted(DeleteOutcome)
    /// The applications read again after a change, with a note on what was done.
    case applications(ApplicationsReload)
    /// The result of a check-in's own write (a follow-up marked).
    case checkin(CheckinOutcome)
    /// The settings the reflection shows, read when it appears.
    case reflectionSettings(ReflectionSettings)
}
