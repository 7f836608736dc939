import JournalCore

/// The daily check-in: mood, energy, sleep, self-care, today's job-search actions, a small
/// win and a note on one short page. Every field can be left empty. It edits the day's
/// entry when there is one, and hands its draft to the app loop so nothing typed is lost.
public final class CheckinScreen: KeyedScreen {
    public let setup: CheckinSetup
    public let showStreak: Bool
    /// The fields, the follow-ups and the save button, with the focus.
    public private(set) var form: Form<CheckinFieldID, CheckinValues>
    public private(set) var phase: CheckinPhase = .editing
    /// The line above the footer: a save error, or a gentle note.
    var statusLine = StatusLine()
    /// A message for the status line, if any.
    public var status: String? { statusLine.text }
    /// True once the person changed something, so there is a draft worth keeping.
    public private(set) var changed: Bool
    let draftID: EntryID
    var showingHelp = false
    /// The editing key table, built again only when the focus or what it shows changes.
    var keyCache = CachedKeyTable<KeyContext, Command>()
    var size = Size(rows: 24, columns: 80)
    /// The calm line offered once when the mood is set to 1 or 2.
    public var support = SupportNote()

    public init(setup: CheckinSetup, showStreak: Bool = true) {
        self.setup = setup
        self.showStreak = showStreak
        let source = setup.draft ?? setup.existing?.entry
        form = CheckinForm.form(from: source, isDraft: setup.draft != nil,
                                followUps: FollowUpList(items: setup.followUps, today: max(setup.day, setup.started.day)),
                                earlierWins: Self.earlierWins(setup), dueActions: Self.dueActionLines(setup),
                                saveTitle: setup.existing == nil ? "Save check-in" : "Save changes")
        draftID = setup.draft?.id ?? EntryID.make(at: setup.started, kind: .checkin)
        changed = setup.draft != nil
        if setup.draft != nil {
            statusLine.show(ReflectionScreen.resumeMessage)
        } else if setup.existing != nil {
            statusLine.show("You checked in earlier today; changes here update that entry.")
        }
    }

    /// Opens the check-in from the app loop (reading the journal happens there).
    public static func make(_ context: AppContext) -> CheckinScreen {
        let screen = CheckinScreen(setup: CheckinSetup.load(store: context.store, now: context.now, settings: context.settings),
                                   showStreak: context.settings.showStreak.value)
        screen.support = SupportNote(supportLine: context.settings.supportLine.value)
        return screen
    }

    /// The value fields, in order.
    public var fields: [CheckinField] { form.fields.filter { $0.id.isValue } }

    /// The due follow-ups and plans (empty when none are due).
    public var followUps: FollowUpList {
        form.widget(.followUps, as: FollowUpList.self) ?? FollowUpList(items: [], today: setup.day)
    }

    /// The focus stops in order: fields, then the follow-ups (when any are due) before the win, then save.
    public var stops: [CheckinStop] { form.fields.indices.compactMap(stop(at:)) }

    public var focusedStop: CheckinStop { stop(at: form.focus) ?? .save }

    /// The stop the form's field `index` is (nil for read-only text).
    private func stop(at index: Int) -> CheckinStop? {
        guard form.fields.indices.contains(index) else { return nil }
        switch form.fields[index].id {
        case .followUps: return .followUps
        case .save: return .save
        case .dueActions: return nil
        default: return .field(form.fields[..<index].filter { $0.id.isValue }.count)
        }
    }

    /// The values as they stand.
    public var values: CheckinValues { CheckinForm.values(of: form) }

    // MARK: Draft

    public var keepsDraft: Bool { phase == .editing }
    public var takesTypedText: Bool { !showingHelp && phase == .editing && form.focusTakesText }

    /// A paste into the win, the sleep or the note goes in whole (a pasted Enter would move on and
    /// spill the rest into the next field); on a scale or a list it is taken and changes nothing.
    public func paste(_ text: String) -> [Effect]? {
        if !showingHelp, phase == .editing, let response = form.paste(text) {
            if response == .changed { changed = true }
            return []
        }
        statusLine.show(ReflectionScreen.pasteNotTaken)
        return []
    }

    public var draft: Entry? {
        guard phase == .editing, changed else { return nil }
        var entry = CheckinUpdate.apply(values, to: nil, at: setup.started)
        entry.id = draftID
        entry.status = .draft
        return entry
    }

    // MARK: Events

    public func handle(_ event: ScreenEvent) -> [Effect] {
        if case .result(let result) = event, statusLine.noteDraft(result) { return [] }
        switch event {
        case .resize(let newSize):
            size = newSize
            form.setViewport(Size(rows: noteRows, columns: max(10, contentWidth - 2)))
            return []
        case .result(.saved(let stored)):
            phase = .saved(path: stored.relativePath, updated: setup.existing != nil)
            statusLine.show(nil)
            return []
        case .result(.saveFailed(let message)):
            statusLine.show(message + " Your draft is kept.")
            return [.saveDraft]
        case .result(.checkin(let outcome)):
            apply(outcome)
            return []
        case .key(let key):
            if showingHelp { showingHelp = false; return [] }
            if case .saved = phase { return keys.action(for: key) == .quit ? [.quit] : [.pop] }
            return handleEditing(key)
        default:
            return []
        }
    }

    private func apply(_ outcome: CheckinOutcome) {
        switch outcome {
        case .followUpMarked(let item, let done):
            form.update(.followUps, as: FollowUpList.self) { $0.setDone(item, done) }
            statusLine.show(done ? "Marked done in the reflection." : "Marked as still open.")
        case .followUpFailed(_, let message):
            statusLine.show(message)
        }
    }

    private func handleEditing(_ key: Key) -> [Effect] {
        switch keys.action(for: key) {
        case .pause:
            form.commitPending()
            return changed ? [.saveDraft, .pop] : [.pop]
        case .save:
            return save()
        case .help:
            showingHelp = true
            return []
        case .back, .quit, nil:
            break
        }
        let id = form.focusedID
        let multiline = form.focusIsMultiline
        switch form.handle(key) {
        case .moved, .leftEnd, .leftStart:
            // At either end the focus stays; the draft is saved all the same, as on any move.
            return changed ? [.saveDraft] : []
        case .widget(let response):
            switch (id, response) {
            case (.followUps, .submit):
                guard let item = followUps.focused else { return [] }
                let done = !item.isDone
                return [.perform { ctx in CheckinSaver.markFollowUp(item, done: done, store: ctx.store, now: ctx.now) }]
            case (.save, .submit):
                return save()
            case (.save, .ignored):
                return key == .up || key == .character("k") ? move(by: -1) : []
            case (_, .changed):
                changed = true
                if id == .mood { support.check(heavy: SupportNote.isHeavy(mood: values.mood)) }
                return []
            case (_, .ignored):
                return handleUnclaimed(key)
            case (_, .submit):
                return multiline ? [] : handleUnclaimed(key)
            default:
                return []
            }
        }
    }

    /// Keys a widget did not want: Enter and Up/Down move between fields.
    private func handleUnclaimed(_ key: Key) -> [Effect] {
        switch key {
        case .enter, .down, .character("j"): return move(by: 1)
        case .up, .character("k"): return move(by: -1)
        default: return []
        }
    }

    private func move(by delta: Int) -> [Effect] {
        form.moveFocus(by: delta)
        return changed ? [.saveDraft] : []
    }

    private func save() -> [Effect] {
        form.commitPending()
        if let text = form.widget(.sleep, as: TextField.self)?.text, CheckinForm.sleepHours(text) == nil {
            form.focus(on: form.index(of: .sleep) ?? form.focus)
            statusLine.show("Hours of sleep needs a number from 0 to 24, like 7 or 7.5 (or leave it empty).")
            return []
        }
        statusLine.show(nil)
        // Only what the person changed here: a value `onward checkin --mood` saved meanwhile stays.
        let values = self.values.changes(from: setup.existing?.entry, resumed: setup.draft != nil)
        let setup = self.setup, draftID = self.draftID
        return [.perform { ctx in
            CheckinSaver.save(values, day: setup.day, started: setup.started, draftID: draftID, store: ctx.store, now: ctx.now)
        }]
    }

    /// The wins already in the day's entry, so a new one is added rather than typed again.
    private static func earlierWins(_ setup: CheckinSetup) -> String? {
        guard let wins = setup.existing?.entry.wins, !wins.isEmpty else { return nil }
        return "already noted: " + SafeText.visible(wins.joined(separator: "; "), keepNewlines: false)
    }

    /// The next actions of applications that are due, beside the follow-ups (read-only).
    private static func dueActionLines(_ setup: CheckinSetup) -> [String] {
        setup.dueActions.prefix(4).map { r in
            "• " + SafeText.visible(r.title + ": " + (r.nextAction ?? ""), keepNewlines: false)
                + (r.nextActionOn.map { $0 < setup.day ? " (since " + DayFormat.short($0, today: setup.day) + ")" : " (today)" } ?? "")
        }
    }

    // MARK: Layout shared with rendering

    var contentWidth: Int { min(size.columns, 100) - 4 }
    var noteRows: Int { size.rows >= 30 ? 4 : 3 }
}
