import JournalCore

/// The daily check-in: mood, energy, sleep, self-care, today's job-search actions, a small
/// win and a note on one short page. Every field can be left empty. It edits the day's
/// entry when there is one, and hands its draft to the app loop so nothing typed is lost.
public final class CheckinScreen: Screen {
    public let setup: CheckinSetup
    public let showStreak: Bool
    public private(set) var fields: [CheckinField]
    public private(set) var followUps: FollowUpList
    public private(set) var phase: CheckinPhase = .editing
    /// Where the focus is: an index into `stops`.
    public private(set) var focus = 0
    /// The line above the footer: a save error, or a gentle note.
    var statusLine = StatusLine()
    /// A message for the status line, if any.
    public var status: String? { statusLine.text }
    /// True once the person changed something, so there is a draft worth keeping.
    public private(set) var changed: Bool
    let draftID: EntryID
    var showingHelp = false
    var size = Size(rows: 24, columns: 80)
    /// The calm line offered once when the mood is set to 1 or 2.
    public var support = SupportNote()

    public init(setup: CheckinSetup, showStreak: Bool = true) {
        self.setup = setup
        self.showStreak = showStreak
        let source = setup.draft ?? setup.existing?.entry
        fields = CheckinForm.fields(from: source, isDraft: setup.draft != nil)
        followUps = FollowUpList(items: setup.followUps, today: max(setup.day, setup.started.day))
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

    /// The focus stops in order: fields, then the follow-ups (when any are due) before the win, then save.
    public var stops: [CheckinStop] {
        var out: [CheckinStop] = []
        for (i, field) in fields.enumerated() {
            if field.id == .win, !followUps.isEmpty { out.append(.followUps) }
            out.append(.field(i))
        }
        return out + [.save]
    }

    public var focusedStop: CheckinStop { stops[min(focus, stops.count - 1)] }

    /// The values as they stand.
    public var values: CheckinValues { CheckinForm.values(of: fields) }

    // MARK: Draft

    public var keepsDraft: Bool { phase == .editing }

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
            for i in fields.indices { fields[i].widget.setViewport(Size(rows: noteRows, columns: max(10, contentWidth - 2))) }
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
            if case .saved = phase { return key == .character("q") ? [.quit] : [.pop] }
            return handleEditing(key)
        default:
            return []
        }
    }

    private func apply(_ outcome: CheckinOutcome) {
        switch outcome {
        case .followUpMarked(let item, let done):
            followUps.setDone(item, done)
            statusLine.show(done ? "Marked done in the reflection." : "Marked as still open.")
        case .followUpFailed(_, let message):
            statusLine.show(message)
        }
    }

    private func handleEditing(_ key: Key) -> [Effect] {
        let stop = focusedStop
        switch key {
        case .escape:
            commitPending()
            return changed ? [.saveDraft, .pop] : [.pop]
        case .control("s"):
            return save()
        case .tab:
            return move(by: 1)
        case .backTab:
            return move(by: -1)
        case .function(1):
            showingHelp = true
            return []
        default:
            break
        }
        switch stop {
        case .save:
            switch key {
            case .enter, .character(" "): return save()
            case .up, .character("k"): return move(by: -1)
            case .character("?"): showingHelp = true
            default: break
            }
            return []
        case .followUps:
            let response = followUps.handle(key)
            switch response {
            case .submit:
                guard let item = followUps.focused else { return [] }
                let done = !item.isDone
                return [.perform { ctx in CheckinSaver.markFollowUp(item, done: done, store: ctx.store, now: ctx.now) }]
            case .ignored:
                return handleUnclaimed(key)
            default:
                return []
            }
        case .field(let index):
            if key == .character("?"), !fields[index].widget.takesText { showingHelp = true; return [] }
            // Changed in place: a copy of the field would make the text be copied at every key.
            let response = fields[index].widget.handle(key)
            if response == .changed {
                changed = true
                if fields[index].id == .mood { support.check(heavy: SupportNote.isHeavy(mood: values.mood)) }
            }
            if response == .ignored || (response == .submit && !fields[index].widget.isMultiline) {
                return handleUnclaimed(key)
            }
            return []
        }
    }

    /// Keys a widget did not want: Enter and Up/Down move between fields.
    private func handleUnclaimed(_ key: Key) -> [Effect] {
        switch key {
        case .enter, .down, .character("j"): return move(by: 1)
        case .up, .character("k"): return move(by: -1)
        case .character("?"): showingHelp = true
        default: break
        }
        return []
    }

    private func move(by delta: Int) -> [Effect] {
        commitPending()
        focus = min(max(0, focus + delta), stops.count - 1)
        return changed ? [.saveDraft] : []
    }

    private func save() -> [Effect] {
        commitPending()
        if let i = fields.firstIndex(where: { $0.id == .sleep }), case .line(let w) = fields[i].widget,
           CheckinForm.sleepHours(w.text) == nil {
            focus = stops.firstIndex(of: .field(i)) ?? focus
            statusLine.show("Hours of sleep needs a number from 0 to 24, like 7 or 7.5 (or leave it empty).")
            return []
        }
        statusLine.show(nil)
        // Only what the person changed here: a value `onward checkin --mood` saved meanwhile stays.
        let values = self.values.changes(from: setup.existing?.entry), setup = self.setup, draftID = self.draftID
        return [.perform { ctx in
            CheckinSaver.save(values, day: setup.day, started: setup.started, draftID: draftID, store: ctx.store, now: ctx.now)
        }]
    }

    /// Turns words typed on the self-care "other" line into ticked items before leaving it.
    private func commitPending() {
        for i in fields.indices {
            if case .checklist(var list) = fields[i].widget, !list.other.text.isEmpty {
                list.commitOther()
                fields[i].widget = .checklist(list)
            }
        }
    }

    // MARK: Layout shared with rendering

    var contentWidth: Int { min(size.columns, 100) - 4 }
    var noteRows: Int { size.rows >= 30 ? 4 : 3 }
}
