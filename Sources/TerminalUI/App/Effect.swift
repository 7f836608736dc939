import JournalCore

/// Something a screen asks the app loop to do.
public enum Effect {
    /// Opens a screen on top of this one.
    case push(Screen)
    /// Closes this screen.
    case pop
    /// Closes every screen above `destination`; when none is open, the screens above home (or
    /// all) close and it opens there. What a key that says "home" does.
    case back(to: Destination)
    /// Leaves the program (any draft is saved first).
    case quit
    /// Writes the screen's draft now (at a step change).
    case saveDraft
    /// Saves a finished entry and removes the draft it came from.
    case saveEntry(Entry, draftID: EntryID?)
    /// Moves a draft the person chose not to resume to the trash.
    case discardDraft(EntryID)
    /// Reads what the home screen shows (today's check-in, drafts).
    case loadHome
    /// Opens a screen whose opening depends on the journal's drafts (the reflection, an
    /// exercise, home); the loop asks `ScreenOpener` for it.
    case show(ScreenRequest)
    /// Opens a screen built from the journal (reading it happens in the loop, not in the screen).
    case open((AppContext) -> Screen)
    /// Does I/O in the loop; a returned result goes back to the screen that asked.
    case perform((AppContext) -> EffectResult?)
}
