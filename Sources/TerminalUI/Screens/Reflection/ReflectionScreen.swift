import Foundation
import JournalCore

/// The guided reflection after a rejection: one screen per guide step, a summary to
/// review, then the saved entry. Answers stay when moving back and forth, and the draft
/// is handed to the app loop to save at every step change and while typing.
public final class ReflectionScreen: KeyedScreen {
    public let guide: Guide
    /// Everything answered so far. The boxes of the step being typed in are read when asked
    /// (for the draft, the summary), not at every key: reading a long text per key was quadratic.
    public var answers: ReflectionAnswers {
        guard let step = unsyncedStep else { return syncedAnswers }
        var a = syncedAnswers
        stepForms[step].write(into: &a)
        return a
    }
    private var syncedAnswers: ReflectionAnswers
    /// The step whose fields changed since they were last copied into `syncedAnswers`.
    private var unsyncedStep: Int?
    public private(set) var phase: ReflectionPhase
    /// The form of every step, kept so cursor positions and scroll survive going back.
    public private(set) var stepForms: [StepForm]
    /// The fields of every step.
    public var forms: [[ReflectionField]] { stepForms.map(\.fields) }
    /// The focused field on each step.
    public var focus: [Int] { stepForms.map(\.focus) }
    /// The line above the footer: a save error, or a gentle note.
    var statusLine = StatusLine()
    /// A message for the status line, if any.
    public var status: String? { statusLine.text }
    public private(set) var summaryScroll = 0
    let earlierAchievements: [String]
    /// The applications being tracked, for steps 3, 7 and 9; nil when there are none.
    var applications: ApplicationGlance?
    let draftID: EntryID
    let created: LocalTimestamp
    /// The draft being resumed: what it holds beyond the answers is saved with them.
    let resumedFrom: Entry?
    var showingHelp = false
    /// The step's key table, built again only when the focused field's kind changes.
    var keyCache = CachedKeyTable<KeyContext, Command>()
    /// True while a step opened from the summary is being edited: Ctrl-R goes straight back.
    public private(set) var editingFromSummary = false
    var size = Size(rows: 24, columns: 80)
    /// The calm line offered once when the feelings are rated 9 or 10.
    public private(set) var support = SupportNote()
    /// The `career_resources` setting, shown in the options step.
    public private(set) var careerResources: String?
    /// What the last reflection planned for the next no ("Last time you planned: ..."), shown on the first step.
    public var setbackReminder: String?
    /// The quiet timer of the guide's timed step (write-it-out), if it has one.
    public private(set) var timer: ExerciseTimer?
    /// The environment variable that shortens a timed step to this many seconds (for trying it out).
    public static let timerSecondsVariable = "ONWARD_TIMER_SECONDS"

    /// `draftID` is the id the app loop reserved for a new session (a fresh one when nil); `starting`
    /// fills in a new reflection (from an application that said no); a draft wins over it.
    public init(guide: Guide, resuming draft: Entry?, now: LocalTimestamp, earlierAchievements: [String], draftID newID: EntryID? = nil,
                starting prefill: ReflectionAnswers? = nil, applications: ApplicationGlance? = nil) {
        self.applications = applications
        self.guide = guide
        resumedFrom = draft
        self.earlierAchievements = earlierAchievements
        var startStep = 0
        var resumeAtSummary = false
        if let draft {
            let (a, stepID) = ReflectionMapper.answers(from: draft, guide: guide)
            syncedAnswers = a
            draftID = draft.id
            created = draft.created
            if let stepID, let i = guide.steps.firstIndex(where: { $0.id == stepID }) { startStep = i }
            resumeAtSummary = stepID == "summary"
            // Autosave runs every few seconds, so a sudden close can cost the last moments.
            statusLine.show(Self.resumeMessage)
        } else {
            syncedAnswers = prefill ?? ReflectionAnswers()
            if guide.isReflection, syncedAnswers.rejectedOn == nil { syncedAnswers.rejectedOn = now.day }
            if prefill != nil { statusLine.show("Filled in from the application; change anything that is not right.") }
            draftID = newID ?? EntryID.make(at: now, kind: guide.isReflection ? .reflection : .note, slugSource: guide.isReflection ? nil : guide.name)
            created = now
        }
        if let minutes = guide.steps.lazy.compactMap(\.timerMinutes).first {
            timer = ExerciseTimer(duration: TimeInterval(minutes * 60), elapsed: TimeInterval((syncedAnswers.minutes ?? 0) * 60))
        }
        let initial = syncedAnswers
        stepForms = guide.steps.map { StepFormBuilder.form(for: $0, answers: initial, today: now.day) }
        phase = resumeAtSummary ? .summary : .step(startStep)
        // Resuming puts the cursor back in the last box the person wrote in on that step.
        if draft != nil, let last = stepForms[startStep].fields.lastIndex(where: { $0.widget.hasText }) {
            stepForms[startStep].focus(on: last)
        }
    }

    // MARK: Draft and entry

    public var keepsDraft: Bool {
        if case .saved = phase { return false }
        return true
    }

    public var takesTypedText: Bool {
        guard !showingHelp, case .step(let step) = phase else { return false }
        return stepForms[step].focusTakesText
    }

    public var draft: Entry? {
        if case .saved = phase { return nil }
        let answers = self.answers
        if answers.isEmpty { return nil }
        return ReflectionMapper.entry(from: answers, guide: guide, id: draftID, created: created,
                                      updated: created, currentStep: currentStepID, keeping: resumedFrom)
    }

    /// The entry as it will be saved.
    public var finishedEntry: Entry {
        let id = guide.isReflection ? EntryID.make(at: created, kind: .reflection, slugSource: answers.company)
            : EntryID.make(at: created, kind: .note, slugSource: guide.name)
        return ReflectionMapper.entry(from: answers, guide: guide, id: id, created: created, updated: created, keeping: resumedFrom)
    }

    /// What a resumed session says first: honest about what a crash can cost.
    public static let resumeMessage = "Welcome back. The last few seconds of typing may be missing."

    var currentStepID: String {
        switch phase {
        case .step(let i): return guide.steps[i].id
        default: return "summary"
        }
    }

    // MARK: Events

    public func handle(_ event: ScreenEvent) -> [Effect] {
        if case .result(let result) = event, statusLine.noteDraft(result) { return [] }
        switch event {
        case .appeared:
            // The settings live in the loop's context; ask for the two this screen shows.
            return [.perform { ctx in .reflectionSettings(ReflectionSettings(ctx.settings, environment: ctx.environment)) }]
        case .result(.reflectionSettings(let settings)):
            support.supportLine = settings.supportLine
            careerResources = settings.careerResources
            if let seconds = settings.timerSeconds { timer?.duration = seconds }
            return []
        case .tick(let now):
            tickTimer(now)
            return []
        case .resize(let newSize):
            size = newSize
            updateViewports()
            return []
        case .result(.saved(let stored)):
            phase = .saved(stored.relativePath)
            statusLine.show(nil)
            return []
        case .result(.saveFailed(let message)):
            statusLine.show(message + " Your draft is kept; press Ctrl-S to try again.")
            return [.saveDraft]
        case .key(let key):
            if showingHelp { showingHelp = false; return [] }
            switch phase {
            case .step(let i): return handleStep(key, step: i)
            case .summary: return handleSummary(key)
            case .saved: return handleSaved(key)
            }
        default:
            return []
        }
    }

    /// A paste into a text field of a step goes in whole; anywhere else it is taken and changes
    /// nothing (typed key by key, its digits would set a scale and its line breaks move on).
    public func paste(_ text: String) -> [Effect]? {
        if !showingHelp, case .step(let step) = phase, let response = stepForms[step].paste(text) {
            if response == .changed { unsyncedStep = step }
            return []
        }
        statusLine.show(Self.pasteNotTaken)
        return []
    }

    /// What a paste outside a text box says, here and in the check-in.
    static let pasteNotTaken = "A paste goes into a text box only, so nothing was changed here."

    private func handleStep(_ key: Key, step: Int) -> [Effect] {
        // Only flags are kept: a copy of the widget alive across `handle` would make the text be copied.
        let multiline = stepForms[step].focusIsMultiline
        switch keys.action(for: key) {
        case .pause: return pause()
        case .save: return saveNow(step: step)
        case .nextStep: return go(to: step + 1)
        case .previousStep: return go(to: step - 1)
        case .backToSummary: return go(to: guide.steps.count)
        case .help:
            showingHelp = true
            return []
        default: break
        }
        let response: WidgetResponse
        switch stepForms[step].handle(key) {
        case .moved:
            syncAnswers(step: step)
            return []
        case .leftEnd:
            return go(to: step + 1)
        case .leftStart:
            return step > 0 ? go(to: step - 1, focusLast: true) : []
        case .widget(let r):
            response = r
        }
        if response == .changed || response == .handled {
            unsyncedStep = step
            // Only a rating of the feelings can call for the support line; reading the answers costs
            // the whole text, so it is done for those, not at every typed letter.
            if let id = stepForms[step].focusedID, id == .intensityBefore || id == .intensityAfter {
                syncAnswers(step: step)
                support.check(heavy: SupportNote.isHeavy(intensity: syncedAnswers.intensityBefore)
                    || SupportNote.isHeavy(intensity: syncedAnswers.intensityAfter))
            }
        }
        if key == .enter, !multiline, response == .submit || response == .ignored {
            return moveField(by: 1, step: step)
        }
        return []
    }

    /// True while the person is on the guide's timed step.
    var isOnTimedStep: Bool {
        if case .step(let i) = phase { return guide.steps[i].timerMinutes != nil }
        return false
    }

    /// Counts writing time on the timed step; the minutes go into the answers (and so the draft).
    private func tickTimer(_ now: Date) {
        guard var t = timer else { return }
        t.tick(now, running: isOnTimedStep)
        timer = t
        if let minutes = t.minutesWritten, minutes != syncedAnswers.minutes { syncedAnswers.minutes = minutes }
    }

    private func moveField(by delta: Int, step: Int) -> [Effect] {
        if stepForms[step].moveFocus(by: delta) {
            syncAnswers(step: step)
            return []
        }
        if delta > 0 { return go(to: step + 1) }
        return step > 0 ? go(to: step - 1, focusLast: true) : []
    }

    /// Moves to another step (or the summary after the last); saves the draft.
    func go(to target: Int, focusLast: Bool = false) -> [Effect] {
        if case .step(let current) = phase { commitPending(step: current) }
        if target < 0 { return [] }
        if target >= guide.steps.count {
            phase = .summary
            summaryScroll = 0
            editingFromSummary = false
        } else {
            phase = .step(target)
            if focusLast { stepForms[target].focusLast() } else { stepForms[target].focus(on: 0) }
        }
        statusLine.show(nil)
        support.dismiss()
        return [.saveDraft]
    }

    /// Ctrl-S on a step: saves what is written so far, as the summary's Enter does.
    private func saveNow(step: Int) -> [Effect] {
        commitPending(step: step)
        guard !answers.isEmpty else {
            statusLine.show("Nothing is written yet, so there is nothing to save. Esc leaves.")
            return []
        }
        statusLine.show(nil)
        return [.saveEntry(finishedEntry, draftID: draftID)]
    }

    private func pause() -> [Effect] {
        if case .step(let current) = phase { commitPending(step: current) }
        return [.saveDraft, .pop]
    }

    /// Turns half-typed extras (the "other" feelings line) into answers before leaving a field.
    private func commitPending(step: Int) {
        stepForms[step].commitPending()
        syncAnswers(step: step)
    }

    private func syncAnswers(step: Int) {
        if let pending = unsyncedStep, pending != step {
            stepForms[pending].write(into: &syncedAnswers)
        }
        stepForms[step].write(into: &syncedAnswers)
        unsyncedStep = nil
    }

    private func handleSummary(_ key: Key) -> [Effect] {
        switch keys.action(for: key) {
        case .save:
            statusLine.show(nil)
            return [.saveEntry(finishedEntry, draftID: draftID)]
        case .previousStep:
            return go(to: guide.steps.count - 1, focusLast: true)
        case .pause:
            return [.saveDraft, .pop]
        case .scroll(let n): summaryScroll = max(0, summaryScroll + n)
        case .page(let n): summaryScroll = max(0, summaryScroll + n * max(1, size.rows - 6))
        case .top: summaryScroll = 0
        case .help: showingHelp = true
        case .editStep(let index):
            let effects = go(to: index)
            editingFromSummary = true
            return effects
        default: break
        }
        return []
    }

    private func handleSaved(_ key: Key) -> [Effect] {
        switch keys.action(for: key) {
        case .quit: return [.quit]
        case .applications: return [.back(to: .applications)]
        default: return [.back(to: .home)]
        }
    }

    private func updateViewports() {
        let viewport = Size(rows: areaRows, columns: max(10, contentWidth - 2))
        for s in stepForms.indices { stepForms[s].setViewport(viewport) }
    }

    // MARK: Layout shared with rendering

    var contentWidth: Int { min(size.columns, 100) - 4 }
    var areaRows: Int { size.rows >= 30 ? 5 : (size.rows >= 22 ? 4 : 3) }
}
