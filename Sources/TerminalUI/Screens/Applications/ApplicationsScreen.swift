import JournalCore

/// "Applications" from the home screen: the search at a glance, grouped by stage, quiet ones
/// marked, with keys to add one, open it, move it on, add an event, a note or feedback, and
/// "this one said no", which closes it and starts a reflection that already knows it.
public final class ApplicationsScreen: KeyedScreen {
    public private(set) var lines: [ApplicationLine] = []
    /// Index into `lines` of the selected application.
    public private(set) var selection: Int?
    public private(set) var prompt: ApplicationPrompt?
    public private(set) var notice: String?
    /// The answer whose change is being made, offered again as typed if it fails.
    private var submitted: ApplicationPrompt?
    /// The application the open prompt is about, fixed when it was asked: a reload meanwhile may
    /// move the selection, and the answer must never go to another application.
    private var promptTarget: ApplicationRecord?
    public private(set) var today: LocalDay
    let quietAfterDays: Int
    /// The first line of the list on screen.
    var top = 0
    var size = Size(rows: 24, columns: 80)
    var showingHelp = false

    /// The screen over these applications (each row keeps its record only; an entry is read
    /// from its file when an action needs it).
    public init(records: [ApplicationRecord], today: LocalDay, quietAfterDays: Int) {
        self.today = today
        self.quietAfterDays = quietAfterDays
        load(records)
    }

    /// The screen over the finished applications among `entries`.
    public convenience init(entries: [StoredEntry], today: LocalDay, quietAfterDays: Int) {
        self.init(records: Array(ApplicationQuery.all(in: entries)), today: today, quietAfterDays: quietAfterDays)
    }

    /// Reads the applications through the derived index and opens the screen, with the answer a
    /// stopped onward left unsaved offered back in its prompt.
    public static func open(_ context: AppContext) -> Screen {
        let screen = ApplicationsScreen(records: records(context.store), today: context.today, quietAfterDays: context.settings.quietAfterDays.value)
        if let draft = context.store.draft(ApplicationPromptDraft.id) { screen.resume(draft) }
        return screen
    }

    /// Opens the prompt a draft holds, on the application it was about. A draft about an
    /// application no longer listed stays where it is, and the screen says where.
    public func resume(_ draft: Entry) {
        guard let (p, id) = ApplicationPromptDraft.prompt(from: draft) else { return }
        var target: ApplicationRecord?
        if let id {
            guard let index = lines.firstIndex(where: { $0.record?.id == id }), let r = lines[index].record else {
                notice = "An unsaved answer about an application no longer listed is kept in .onward/drafts/\(ApplicationPromptDraft.id).md."
                return
            }
            selection = index
            target = r
        }
        prompt = p
        promptTarget = target
        let about = target.map { " about " + $0.title } ?? ""
        notice = "Your unsaved answer\(about) is back: Enter saves it, Esc lets it go."
    }

    /// The open prompt's answer, kept as a draft while it is being typed.
    public var draft: Entry? {
        guard let prompt, !prompt.isYesNo else { return nil }
        return ApplicationPromptDraft.entry(prompt, application: promptTarget?.id, today: today)
    }

    /// An open prompt is writing: its keys may change the draft, q is a letter, not a quit.
    public var keepsDraft: Bool { prompt.map { !$0.isYesNo } ?? false }
    public var takesTypedText: Bool { !showingHelp && keepsDraft }
    /// A fast burst goes into the prompt whole, as a paste: typed key by key, its first line
    /// break would send a pasted email cut after one line.
    public var typesBurstsKeyByKey: Bool { false }
    /// `a` (or `e`, `n`, `f`) and the words typed fast after it, as one burst on a loaded machine:
    /// the key opens its question and the words are its answer, not a paste the list refuses.
    public func opensTyping(with key: Key) -> Bool {
        guard prompt == nil, !showingHelp, let command = keys.action(for: key) else { return false }
        return command == .add || (selected != nil && [.event, .note, .feedback].contains(command))
    }

    /// The finished applications, read from the index records (no entry is decoded whole).
    static func records(_ store: JournalStore) -> [ApplicationRecord] {
        (try? JournalIndex(store: store).applications())?.records ?? []
    }

    private func load(_ records: [ApplicationRecord], select id: EntryID? = nil) {
        let keep = id ?? selected?.id
        lines = ApplicationLine.lines(records)
        let kept = keep.flatMap { id in lines.firstIndex { $0.record?.id == id } }
        selection = kept ?? lines.firstIndex { $0.record != nil }
    }

    /// The selected application.
    public var selected: ApplicationRecord? { selection.flatMap { lines[$0].record } }

    public var openCount: Int { lines.count { $0.record?.isOpen == true } }
    public var closedCount: Int { lines.count { $0.record.map { !$0.isOpen } ?? false } }

    /// What the keys of the applications screen (and of its prompt) stand for.
    public enum Command: Equatable, Sendable {
        case move(Int), add, open, nextStage, event, note, feedback, saidNo, back, help
        /// A screenful down (1) or up (-1).
        case page(Int)
        /// The first or the last application.
        case first, last
        /// Answers the prompt's y/n question with yes.
        case yes
        case cancel
    }

    /// The keys that work now: they drive the handling, the footer and the help.
    public var keys: KeyTable<Command> {
        if let prompt {
            // A y/n question takes one key; a typed answer leaves every other key to its field.
            if prompt.isYesNo {
                return KeyTable([KeyBinding(.character("y"), .character("Y"), does: "yes", action: .yes),
                                 .widget(label: "any other key", does: "no", inFooter: true)])
            }
            return KeyTable([.widget(.enter, does: "save", inFooter: true), KeyBinding(.escape, does: "cancel", action: .cancel),
                             KeyBinding(.function(1), does: "keys", action: .help)])
        }
        var bindings = [KeyBinding<Command>([(.up, .move(-1)), (.character("k"), .move(-1)), (.down, .move(1)), (.character("j"), .move(1))],
                                            label: "↑↓", does: "move"),
                        KeyBinding([(.pageUp, .page(-1)), (.pageDown, .page(1))], label: "PgUp/PgDn", does: "page", priority: 3),
                        KeyBinding([(.home, .first), (.character("g"), .first), (.end, .last), (.character("G"), .last)],
                                   label: "Home/End", does: "first, last", priority: 3),
                        KeyBinding(.character("a"), does: "add", action: .add)]
        if selected != nil {
            bindings += [KeyBinding(.enter, .right, .character("l"), does: "open", action: .open),
                         KeyBinding(.character("m"), does: "next stage", action: .nextStage),
                         KeyBinding(.character("e"), does: "event", action: .event),
                         KeyBinding(.character("n"), does: "note", action: .note),
                         KeyBinding(.character("f"), does: "feedback", action: .feedback),
                         KeyBinding(.character("x"), does: "said no", action: .saidNo)]
        }
        return KeyTable(bindings + [KeyBinding(.escape, .left, .character("h"), .character("q"), does: "back", action: .back),
                                    KeyBinding(.character("?"), .function(1), does: "keys", action: .help)])
    }

    /// The footer's hints.
    public var hints: [KeyHint] { keys.footerHints }

    public func handle(_ event: ScreenEvent) -> [Effect] {
        switch event {
        case .resize(let newSize):
            size = newSize
        case .appeared:
            // Back from an entry or a reflection: what was changed there shows here.
            return [reload(notice: nil)]
        case .result(.applications(let reloaded)):
            load(reloaded.records, select: reloaded.select)
            if let note = reloaded.notice { notice = note }
            // Nothing typed is lost to a refused change: the question comes back with the answer.
            if reloaded.failed, let again = submitted { prompt = again }
            submitted = nil
            if let request = reloaded.then { return [.show(request)] }
        case .key(let key):
            if showingHelp { showingHelp = false; return [] }
            if prompt != nil { return answer(key) }
            return command(key)
        default:
            break
        }
        return []
    }

    /// A paste goes into the open prompt, whole; with no prompt open it is not run as keys.
    public func paste(_ text: String) -> [Effect]? {
        guard var p = prompt, !p.isYesNo else {
            notice = prompt == nil
                ? "Pasted text goes into an answer: press a, e, n or f first; nothing was done."
                : "Nothing was done: the question takes y or n."
            return []
        }
        notice = p.takePaste(text)
        prompt = p
        return []
    }

    private func command(_ key: Key) -> [Effect] {
        guard let command = keys.action(for: key) else { return [] }
        switch command {
        case .move(let delta): step(delta)
        case .page(let direction): page(direction)
        case .first: land(on: 0, toward: 1)
        case .last: land(on: lines.count - 1, toward: -1)
        case .help: showingHelp = true
        case .back: return [.pop]
        case .add: ask(.company)
        case .open:
            guard let path = selected?.relativePath else { break }
            // The file is read now: it may have changed since the list was read.
            return [.open { ctx in
                let row: BrowseRow
                switch ctx.store.readEntry(path) {
                case .success(let stored): row = .entry(stored)
                case .failure(let problem): row = .unreadable(problem)
                }
                return EntryScreen.open(row, store: ctx.store)
            }]
        case .nextStage:
            guard let r = selected else { break }
            guard r.isOpen else { notice = "\(r.title) is closed (\(r.outcome.label))."; break }
            guard let next = Stage.allCases.first(where: { Stage.allCases.firstIndex(of: $0)! > Stage.allCases.firstIndex(of: r.stage)! }) else {
                notice = "\(r.title) has reached the offer stage; x or the command line closes it."
                break
            }
            ask(.moveDate(next), text: today.description)
        case .event: ask(.event)
        case .note: ask(.note)
        case .feedback: ask(.feedback)
        case .saidNo:
            guard let r = selected else { break }
            if r.isOpen { ask(.saidNo); break }
            // Said no before, but the reflection never got written (left, killed, or refused).
            if r.outcome == .rejected && r.reflection == nil { ask(.reflectOnNo); break }
            notice = r.reflection != nil && r.outcome == .rejected
                ? "\(r.title) said no and has its reflection already; Enter opens the application."
                : "\(r.title) is closed already (\(r.outcome.label))."

        case .yes, .cancel:
            break
        }
        return []
    }

    private func ask(_ purpose: ApplicationPrompt.Purpose, text: String = "") {
        notice = nil
        if case .role = purpose {} else { promptTarget = purpose == .company ? nil : selected }
        prompt = ApplicationPrompt(purpose: purpose, text: text)
    }

    /// Lets the prompt's draft go: removed once its answer is saved, into the trash when the
    /// person cancels an answer with words in it (even then it can be brought back by hand).
    private func dropDraft(trash: Bool) -> Effect {
        .perform { ctx in
            if trash { _ = try? ctx.store.discardDraft(ApplicationPromptDraft.id) } else { try? ctx.store.removeDraft(ApplicationPromptDraft.id) }
            return nil
        }
    }

    private func answer(_ key: Key) -> [Effect] {
        guard var p = prompt else { return [] }
        let command = keys.action(for: key)
        if p.isYesNo {
            prompt = nil
            guard command == .yes, let r = promptTarget ?? selected else { notice = "Kept open."; return [] }
            return saidNo(r)
        }
        if command == .help { showingHelp = true; return [] }
        if command == .cancel {
            let hadWords = !p.answer.isEmpty
            prompt = nil
            notice = nil
            return [dropDraft(trash: hadWords)]
        }
        guard p.field.handle(key) == .submit else { prompt = p; return [] }
        let text = p.answer
        // An answer that cannot be used keeps the question open with what was typed, and says why.
        func keepOpen(_ why: String) -> [Effect] { prompt = p; notice = why; return [] }
        prompt = nil
        switch p.purpose {
        case .company:
            guard !text.isEmpty else { return keepOpen("A company name is needed; Esc cancels.") }
            ask(.role(company: text))
            return []
        case .role(let company):
            submitted = p
            return [add(company: company, role: text)]
        case .moveDate(let stage):
            guard let r = promptTarget else { return [] }
            let day: LocalDay
            switch ApplicationPrompt.day(from: text, today: today, sentOn: r.appliedOn) {
            case .problem(let why): return keepOpen(why)
            case .day(let typed): day = typed
            }
            submitted = p
            return [move(r, to: stage, on: day)]
        case .event, .note, .feedback:
            guard let r = promptTarget else { return [] }
            // Enter on an empty answer is a way to leave it: nothing was typed, nothing is lost.
            guard !text.isEmpty else { notice = "Nothing written."; return [dropDraft(trash: false)] }
            submitted = p
            if p.purpose == .feedback { return [feedback(r, text)] }
            let isEvent = p.purpose == .event
            let day = today
            return [change(r, done: isEvent ? "Added to the timeline." : "Note added.") { e, now in
                if isEvent { ApplicationChange.addEvent(&e, TimelineEvent(day: day, what: "event", text: text), at: now) }
                else { ApplicationChange.addNote(&e, text, on: day, at: now) }
            }]
        case .saidNo, .reflectOnNo:
            return []
        }
    }

    // MARK: Effects (all I/O happens in the loop)

    private func reload(notice: String?, select: EntryID? = nil) -> Effect {
        .perform { ctx in .applications(ApplicationsReload(records: ApplicationsScreen.records(ctx.store), notice: notice, select: select)) }
    }

    private func add(company: String, role: String) -> Effect {
        .perform { ctx in
            let entry = ApplicationChange.new(company: company, role: role, applied: ctx.today, at: ctx.now)
            do throws(ApplicationError) {
                let saved = try ApplicationWriter(store: ctx.store).add(entry)
                try? ctx.store.removeDraft(ApplicationPromptDraft.id)
                return .applications(ApplicationsReload(records: ApplicationsScreen.records(ctx.store), notice: "Added \(ApplicationRecord(saved).title).", select: saved.entry.id))
            } catch {
                return .applications(ApplicationsReload(records: ApplicationsScreen.records(ctx.store), notice: error.message, select: nil,
                                                        failed: true))
            }
        }
    }

    private func change(_ r: ApplicationRecord, done: String, _ edit: @escaping (inout Entry, LocalTimestamp) -> Void) -> Effect {
        .perform { ctx in
            var notice = done, failed = false
            do throws(ApplicationError) {
                try ApplicationWriter(store: ctx.store).change(r.relativePath) { (e: inout Entry) throws(ApplicationError) in edit(&e, ctx.now) }
                try? ctx.store.removeDraft(ApplicationPromptDraft.id)
            } catch {
                notice = error.message
                failed = true
            }
            return .applications(ApplicationsReload(records: ApplicationsScreen.records(ctx.store), notice: notice, select: r.id, failed: failed))
        }
    }

    /// Moves `r` on to `stage`, deciding on the file as it is now: closed or moved on meanwhile
    /// (from the command line, by hand), nothing is written and the screen says so.
    private func move(_ r: ApplicationRecord, to stage: Stage, on day: LocalDay) -> Effect {
        .perform { ctx in
            var notice: String, failed = false
            do throws(ApplicationError) {
                switch try ApplicationWriter(store: ctx.store).move(r.relativePath, to: stage, on: day, note: nil, at: ctx.now) {
                case .moved(let now):
                    notice = "\(now.title): \(stage.label) on \(DayFormat.short(day, today: ctx.today))."
                case .closed(let now):
                    notice = "\(now.title) was closed meanwhile (\(now.outcome.label)), so nothing was changed."
                case .reachedAlready(let now):
                    notice = "\(now.title) reached \(now.stage.label) meanwhile, so nothing was written; m moves it on from there."
                }
                try? ctx.store.removeDraft(ApplicationPromptDraft.id)
            } catch {
                notice = error.message
                failed = true
            }
            return .applications(ApplicationsReload(records: ApplicationsScreen.records(ctx.store), notice: notice, select: r.id, failed: failed))
        }
    }

    private func feedback(_ r: ApplicationRecord, _ text: String) -> Effect {
        .perform { ctx in
            var notice = "Feedback recorded.", failed = false
            do throws(ApplicationError) {
                let result = try ApplicationFeedback(store: ctx.store).record(text, on: ctx.today, for: r, at: ctx.now)
                try? ctx.store.removeDraft(ApplicationPromptDraft.id)
                if result.reflection != nil { notice = "Feedback recorded, in the reflection too." }
                // On the application already: offering it again would record it twice.
                if let problem = result.reflectionProblem { notice = problem }
            } catch {
                notice = error.message
                failed = true
            }
            return .applications(ApplicationsReload(records: ApplicationsScreen.records(ctx.store), notice: notice, select: r.id, failed: failed))
        }
    }

    /// Re-reads the application, then: open, it is closed as rejected today; rejected without a
    /// reflection, it stays as it is. Either way a reflection filled in from it opens (its waiting
    /// draft, if one was begun). Closed otherwise meanwhile (withdrawn from the command line), nothing
    /// is changed and the screen says so instead of opening a reflection on a rejection.
    private func saidNo(_ r: ApplicationRecord) -> [Effect] {
        [.perform { ctx in
            let reload = { (notice: String?, then: ScreenRequest?) in
                EffectResult.applications(ApplicationsReload(records: ApplicationsScreen.records(ctx.store), notice: notice, select: r.id, then: then))
            }
            let closing: ApplicationWriter.Closing
            do throws(ApplicationError) {
                closing = try ApplicationWriter(store: ctx.store).close(r.relativePath, as: .rejected, on: ctx.today, note: nil, at: ctx.now)
            } catch {
                return reload(error.message, nil)
            }
            let current = closing.record
            guard current.outcome == .rejected else {
                return reload("\(current.title) was marked \(current.outcome.label) meanwhile, so it was left as it is and no reflection was started.", nil)
            }
            if let id = current.reflection {
                return reload("\(current.title) has its reflection already (\(id.rawValue)).", nil)
            }
            if let draft = ctx.store.drafts().first(where: { $0.kind == .reflection && $0.applicationID == current.id }) {
                return reload(nil, .reflection(resume: draft))
            }
            let day = closing.closedNow ? ctx.today : current.closedOn ?? current.lastEventDay
            return reload(nil, .newReflection(starting: ApplicationReflection.answers(for: current, rejectedOn: day)))
        }]
    }

    /// Rows the list has on screen at the last size (the render gives it the same room).
    var listHeight: Int { max(1, size.rows - 5) }

    /// A screenful on: the view moves by its height and the selection with it, so the
    /// application that was last on screen is the first of the next page.
    private func page(_ direction: Int) {
        guard let current = selection else { return }
        let jump = max(1, listHeight - 1) * direction
        top = max(0, min(top + jump, lines.count - listHeight))
        land(on: max(0, min(lines.count - 1, current + jump)), toward: direction)
    }

    /// Selects the application at `index`, or (on a heading) the nearest one toward `direction`,
    /// else the nearest the other way.
    private func land(on index: Int, toward direction: Int) {
        guard lines.indices.contains(index) else { return }
        let ahead = direction > 0 ? Array(lines.indices[index...]) : Array(lines.indices[...index].reversed())
        let behind = direction > 0 ? Array(lines.indices[...index].reversed()) : Array(lines.indices[index...])
        guard let found = (ahead + behind).first(where: { lines[$0].record != nil }) else { return }
        if found != selection { notice = nil }
        selection = found
    }

    private func step(_ delta: Int) {
        guard let current = selection else { return }
        var i = current + delta
        while i >= 0 && i < lines.count {
            if lines[i].record != nil { selection = i; notice = nil; return }
            i += delta
        }
    }
}
