import Foundation
import JournalCore

/// The event loop: reads events from the terminal, hands them to the top screen, carries
/// out the effects it returns (all file I/O happens here), saves drafts, and redraws.
public final class App {
    /// Below this size the screens cannot be read; a notice is shown instead.
    public static let minimumSize = Size(rows: 16, columns: 50)

    /// How the loop ended.
    public enum Ending: Equatable { case quit, terminated }

    private let terminal: Terminal
    private let store: JournalStore
    private let guide: Guide
    private let library: GuideLibrary
    private let clock: () -> Date
    private let timeZone: TimeZone
    private var stack: [Screen] = []
    private var autosave = AutosavePolicy()
    /// Draft ids reserved for new sessions, by screen: released if the screen leaves unwritten.
    private var reservedDrafts: [ObjectIdentifier: EntryID] = [:]

    private let environment: [String: String]
    private let settings: Settings
    private let editor: String?
    private let launcher: ProgramLauncher

    public init(terminal: Terminal, store: JournalStore, guide: Guide,
                clock: @escaping () -> Date = Date.init, timeZone: TimeZone = .current,
                environment: [String: String] = [:], settings: Settings = .defaults, editor: String? = nil,
                launcher: ProgramLauncher = NoProgramLauncher(), library: GuideLibrary? = nil) {
        self.editor = editor
        self.library = library ?? GuideLibrary.builtIn.replacing(with: [guide])
        self.settings = settings
        self.launcher = launcher
        self.terminal = terminal
        self.store = store
        self.guide = guide
        self.clock = clock
        self.timeZone = timeZone
        self.environment = environment
    }

    private var context: AppContext {
        AppContext(store: store, guide: guide, now: LocalTimestamp(clock(), in: timeZone), terminal: terminal,
                   environment: environment, settings: settings, editor: editor, launcher: launcher, library: library)
    }

    /// The screen a run starts on.
    public enum Start {
        case home, reflection
        /// A screen opened as an effect would open it (e.g. a reflection filled in from an application).
        case request(ScreenRequest)
        /// Another screen, built from the journal (e.g. the check-in for `onward checkin`).
        case screen((AppContext) -> Screen)
    }

    /// Runs until the person quits or a termination signal arrives; the draft is saved either way.
    @discardableResult
    public func run(_ start: Start) -> Ending {
        switch start {
        // The home screen's first `.appeared` asks for `.loadHome`, which fills in the summary
        // before the first frame: reading the journal here as well would walk it twice.
        case .home: show(.home)
        case .reflection: show(.reflection(resume: nil))
        case .request(let request): show(request)
        case .screen(let makeScreen): open(makeScreen(context))
        }
        let ending = loop()
        noteWhatIsUnsaved()
        return ending
    }

    /// Reads and handles events until the person leaves or a signal asks the program to stop.
    func loop() -> Ending {
        redraw()
        defer { releaseUnusedReservations(keeping: []) }
        while !stack.isEmpty {
            let first = terminal.nextEvent(timeoutMilliseconds: autosave.hasUnsavedChanges ? 250 : 1000)
            // A paste arrives as hundreds of keys: take all that are waiting before drawing once,
            // and tell what was pasted from what was typed before handing any of it on.
            // Changes are dated when the burst came in, not when reading it ended.
            burstArrived = clock()
            var burst = first.map { [$0] } ?? []
            while burst.count < 4096, let more = terminal.nextEvent(timeoutMilliseconds: 0) { burst.append(more) }
            if burst.isEmpty, let ending = process(nil) { return ending }
            for piece in pastes.split(burst, at: burstArrived, cut: burst.count >= 4096) {
                switch piece {
                case .event(let event): if let ending = process(event) { return ending }
                case .paste(let keys, let marked): if let ending = paste(keys, marked: marked) { return ending }
                }
            }
            if let top = stack.last { deliver(.tick(clock()), to: top) }
            noticeJournalChanges()
            if autosave.shouldSave(at: clock()) { saveDraftNow() }
            redraw()
        }
        return .quit
    }

    /// Handles one event; returns how the loop ends when it should.
    private func process(_ event: InputEvent?) -> Ending? {
        guard let top = stack.last else { return .quit }
        switch event {
        case .none:
            break
        case .terminate:
            saveDraftNow()
            return .terminated
        case .resize(let size):
            deliver(.resize(size), to: top)
        case .pasteBegan, .pasteEnded:
            break  // `PasteReader` takes these before events get here
        case .key(.control("c")) where !(top is LeaveConfirmation):
            open(LeaveConfirmation(hasDraft: currentDraft() != nil, saveProblem: draftProblem?.whileTyping))
        case .key(let key):
            // While the window is too small to draw, typing into a text is still taken in (a person
            // who keeps writing through a resize loses nothing), the leave question still takes its
            // answer, and q leaves where nothing is being written; any other key would act unseen.
            if isTooSmall, !(top is LeaveConfirmation) {
                guard top.takesTypedText, Self.isTyping(key) else {
                    if key == .character("q"), !top.takesTypedText { saveDraftNow(); return .quit }
                    break
                }
            }
            // Ctrl-C pressed again on the leave question answers it.
            if top.keepsDraft { autosave.noteChange(at: burstArrived) }
            deliver(.key(key), to: top)
        }
        if stack.isEmpty || quitRequested { saveDraftNow(); return .quit }
        return nil
    }

    /// Hands pasted keys to the top screen as one text, or key by key to a screen that types them.
    /// A burst known only by its speed goes to a screen where someone writes key by key, as typed:
    /// on a loaded machine fast typing looks the same, and there a Tab or a Space must still act.
    private func paste(_ keys: [Key], marked: Bool) -> Ending? {
        guard let top = stack.last else { return .quit }
        // "/" and the search words typed fast on a loaded machine arrive as one burst: the key that
        // opens the search acts, and the words go into it.
        if !marked, keys.count > 1, let first = keys.first, top.opensTyping(with: first) {
            if let ending = process(.key(first)) { return ending }
            return paste(Array(keys.dropFirst()), marked: false)
        }
        if let effects = marked || !top.typesBurstsKeyByKey ? top.paste(PasteReader.text(of: keys)) : nil {
            if top.keepsDraft { autosave.noteChange(at: burstArrived) }
            for effect in effects { perform(effect, from: top) }
        } else {
            for key in keys {
                if let ending = process(.key(key)) { return ending }
            }
        }
        if stack.isEmpty || quitRequested { saveDraftNow(); return .quit }
        return nil
    }

    /// The journal's stamp when the top screen last read it (or was told it changed); nil while
    /// the top screen does not watch the journal.
    private var journalStamp: JournalChangeStamp?

    /// Takes the stamp of what the top screen has just read, if it watches the journal.
    private func restamp() {
        journalStamp = stack.last?.watchesJournal == true
            ? JournalChangeStamp(store, today: LocalTimestamp(clock(), in: timeZone).day) : nil
    }

    /// Tells the top screen when the journal changed behind it (a check-in from another shell),
    /// checked once a turn, about once a second when idle, with a few `lstat`s, and only while a
    /// screen that shows the journal (home) is on top; the stamp is taken again afterwards, so the
    /// screen's own reading (which may save the index) is not mistaken for one more change.
    private func noticeJournalChanges() {
        guard let top = stack.last, top.watchesJournal else { journalStamp = nil; return }
        let before = journalStamp
        restamp()
        guard let before, journalStamp != before else { return }
        deliver(.journalChanged, to: top)
        restamp()
    }

    private var pastes = PasteReader()
    private var burstArrived = Date()
    private var quitRequested = false
    /// A message for the home screen the next time it reloads.
    private var pendingNotice: String?

    /// Keys that write or correct text, as opposed to moving or choosing.
    static func isTyping(_ key: Key) -> Bool {
        switch key {
        case .character, .enter, .backspace, .delete: return true
        default: return false
        }
    }

    private var isTooSmall: Bool {
        let size = terminal.size
        return size.rows < Self.minimumSize.rows || size.columns < Self.minimumSize.columns
    }

    private func deliver(_ event: ScreenEvent, to screen: Screen) {
        for effect in screen.handle(event) { perform(effect, from: screen) }
    }

    private func perform(_ effect: Effect, from screen: Screen? = nil) {
        switch effect {
        case .push(let next):
            open(next)
        case .pop:
            // A page whose text could not be saved is never closed: it is the only copy there is.
            if let problem = draftProblem, let owner = screen ?? stack.last, owner.draft != nil {
                deliver(.result(.draftFailed(problem.staysOpen)), to: owner)
                return
            }
            if let screen, let i = stack.lastIndex(where: { $0 === screen }) { stack.remove(at: i) } else { _ = stack.popLast() }
            releaseUnusedReservations(keeping: stack)
            if let top = stack.last { deliver(.appeared, to: top); restamp() }
        case .back(let destination):
            goBack(to: destination, from: screen)
        case .quit:
            quitRequested = true
        case .saveDraft:
            saveDraftNow()
        case .saveEntry(var entry, let draftID):
            guard let screen else { return }
            entry.updated = LocalTimestamp(clock(), in: timeZone)
            do {
                // One locked step: the draft is marked with the entry's path, the entry written,
                // the draft removed; a crash in between never leads to a second copy.
                let stored = try store.saveFinished(entry, fromDraft: draftID)
                pendingNotice = "Saved to \(stored.relativePath)."  // shown on the home screen next
                if let problem = ApplicationReflection.linkBack(stored, store: store, at: entry.updated) { pendingNotice = problem }
                autosave.noteSaved()
                draftProblem = nil
                deliver(.result(.saved(stored)), to: screen)
            } catch {
                // The finished entry is written after its draft is marked: either can be the one that failed.
                deliver(.result(.saveFailed(error.reason.map { "Could not save it: \($0)." } ?? error.message)), to: screen)
            }
        case .discardDraft(let id):
            var message: String?
            do { message = "The draft is in \(try store.discardDraft(id)) if you want it back." } catch { message = error.message }
            if let screen { deliver(.result(.home(homeSummary(message: message))), to: screen) }
        case .loadHome:
            if let screen {
                deliver(.result(.home(homeSummary(message: pendingNotice))), to: screen)
                pendingNotice = nil
            }
        case .open(let makeScreen):
            open(makeScreen(context))
        case .perform(let work):
            if let result = work(context), let screen { deliver(.result(result), to: screen) }
        case .show(let request):
            show(request)
        }
    }

    /// Closes the screens above `destination` (opening it when it is not open). A page in between
    /// that holds words is never closed this way: then only the asking screen closes, as with `.pop`.
    private func goBack(to destination: Destination, from screen: Screen?) {
        let target = stack.lastIndex(where: destination.matches)
        let closing = stack[(target.map { $0 + 1 } ?? 0)...]
        if closing.contains(where: { $0 !== screen && $0.draft != nil }) || (screen.map { $0.draft != nil } ?? false) {
            perform(.pop, from: screen)
            return
        }
        if let target {
            stack.removeSubrange((target + 1)...)
            releaseUnusedReservations(keeping: stack)
            deliver(.appeared, to: stack[target])
            restamp()
            return
        }
        // Not open: home stays (or opens) at the bottom, and the destination goes on it.
        let home = stack.firstIndex(where: Destination.home.matches)
        stack.removeSubrange((home.map { $0 + 1 } ?? 0)...)
        releaseUnusedReservations(keeping: stack)
        if home == nil { show(.home) } else if let top = stack.last { deliver(.appeared, to: top) }
        if destination == .applications { open(ApplicationsScreen.open(context)) }
    }

    /// Opens what `request` asks for; a reserved draft id is kept until its screen writes a draft.
    private func show(_ request: ScreenRequest) {
        switch ScreenOpener(context: context).open(request) {
        case .screen(let screen, let reserved):
            if let reserved { reservedDrafts[ObjectIdentifier(screen)] = reserved }
            open(screen)
        case .notice(let sentence):
            // The screen below says it when it reloads; with none, home opens to say it.
            pendingNotice = sentence
            if let top = stack.last { deliver(.appeared, to: top) } else { show(.home) }
        }
    }

    private func open(_ screen: Screen) {
        stack.append(screen)
        deliver(.appeared, to: screen)
        deliver(.resize(terminal.size), to: screen)
        restamp()  // what it read on appearing is what it shows
    }

    /// Gives back the reserved draft ids of screens that are gone without writing a draft.
    private func releaseUnusedReservations(keeping open: [Screen]) {
        let alive = Set(open.map { ObjectIdentifier($0) })
        for (screen, id) in reservedDrafts where !alive.contains(screen) {
            store.releaseReservation(id)
            reservedDrafts[screen] = nil
        }
    }

    private func currentDraft() -> Entry? {
        stack.reversed().lazy.compactMap(\.draft).first
    }

    private func saveDraftNow() {
        guard var draft = currentDraft() else { autosave.noteSaved(); draftProblem = nil; return }
        draft.updated = LocalTimestamp(clock(), in: timeZone)
        let owner = stack.last { $0.draft != nil }
        do {
            try store.saveDraft(draft)
            autosave.noteSaved()
            draftProblem = nil
            if let owner { deliver(.result(.draftSaved), to: owner) }
        } catch {
            let problem = DraftProblem(error)
            draftProblem = problem
            if let owner { deliver(.result(.draftFailed(problem.whileTyping)), to: owner) }
        }
    }

    /// Why the last draft save failed, while saves keep failing; nil once one succeeds.
    private var draftProblem: DraftProblem?
    /// The text that could not be written when the loop ended (a full disk), for the caller to
    /// print once the screen is gone, so the person can copy it; nil when everything was kept.
    public private(set) var unsavedText: String?

    private func noteWhatIsUnsaved() {
        guard draftProblem != nil, let draft = currentDraft() else { return }
        unsavedText = EntryCodec.encode(draft)
    }

    private func redraw() {
        terminal.clear()
        terminal.setCursor(nil)
        if isTooSmall {
            let hint = stack.last is LeaveConfirmation
                ? "Leave onward? y leaves (what you wrote is kept), n stays."
                : stack.last?.takesTypedText == true
                    ? "Make the window bigger to see it; what you type is still taken in. Ctrl-C leaves."
                    : "Make the window bigger, or press q to quit."
            TooSmallNotice(minimum: Self.minimumSize, hint: hint).render(on: terminal)
        } else if let top = stack.last {
            if top is LeaveConfirmation, stack.count > 1 { stack[stack.count - 2].render(on: terminal) }
            top.render(on: terminal)
        }
        terminal.flush()
    }

    private func homeSummary(message: String?) -> HomeSummary {
        let today = LocalTimestamp(clock(), in: timeZone).day
        // One walk and one index read for everything home shows, decoding only what it needs.
        let view = try? JournalIndex(store: store).home(today: today, invitations: settings.invitations.value)
        let drafts = store.drafts()
        let draft = drafts.first { $0.kind == .reflection }
        var summary = HomeSummary(today: today, todaysCheckin: view?.todaysCheckin, draft: draft, entryCount: view?.total ?? 0,
                                  problemCount: view?.problems.count ?? 0, message: message)
        summary.waiting = WaitingDraft.list(drafts, library: library)
        summary.invitation = view?.invitation
        summary.onThisDay = view?.onThisDay?.line(today: today)
        return summary
    }
}
