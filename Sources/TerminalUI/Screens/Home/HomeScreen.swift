import JournalCore

/// The first screen: today's date, the menu, today's check-in status and any unfinished reflection.
public final class HomeScreen: KeyedScreen {
    public private(set) var summary: HomeSummary
    public private(set) var selection = 0
    public private(set) var notice: String?
    private var showingHelp = false
    /// Waiting for y/n after `x`.
    public private(set) var confirmingDiscard = false
    /// An unfinished check-in (or blank page), offered when no reflection draft is waiting.
    public private(set) var checkinDraft: Entry?
    /// Where the journal is, for the line saying that it stays on this machine.
    public private(set) var place: JournalPlace?
    private let items = HomeMenuItem.allCases

    public init(summary: HomeSummary) {
        self.summary = summary
        notice = summary.message
    }

    /// What the keys of the home screen stand for.
    public enum Command: Equatable, Sendable { case move(Int), first, last, choose, resume, discard, sayHowToLeave, quit, help }

    /// The keys that work now: they drive the handling, the footer and the help.
    public var keys: KeyTable<Command> {
        var bindings = [
            KeyBinding<Command>([(.up, .move(-1)), (.character("k"), .move(-1)), (.backTab, .move(-1)),
                                 (.down, .move(1)), (.character("j"), .move(1)), (.tab, .move(1))], label: "↑↓", does: "move", priority: 2),
            KeyBinding([(.home, .first), (.end, .last)], label: "Home/End", does: "first, last", inFooter: false),
            KeyBinding(.enter, .character(" "), .character("l"), does: "select", action: .choose),
        ]
        if summary.draft != nil || checkinDraft != nil {
            bindings += [KeyBinding(.character("r"), does: "resume", action: .resume),
                         KeyBinding(.character("x"), does: "discard draft", priority: 2, action: .discard)]
        }
        return KeyTable(bindings + [
            KeyBinding(.character("q"), does: "quit", action: .quit),
            // Esc leaves a screen; pressed twice in a hurry on a page it would otherwise also quit
            // onward itself. Home is the last screen, so Esc here only says how to leave.
            KeyBinding(.escape, does: "stays here (q quits)", inFooter: false, action: .sayHowToLeave),
            KeyBinding(.character("?"), .function(1), does: "keys", action: .help),
        ])
    }

    /// The footer's hints.
    public var hints: [KeyHint] { keys.footerHints }

    /// Home shows today's check-in and the drafts: a change from another shell is read again.
    public var watchesJournal: Bool { true }

    /// The menu takes no text: a paste runs none of its keys.
    public func paste(_ text: String) -> [Effect]? {
        confirmingDiscard = false
        notice = "Pasted text is taken where you write (a reflection, a check-in, a page); nothing was done."
        return []
    }

    public func handle(_ event: ScreenEvent) -> [Effect] {
        switch event {
        case .appeared, .journalChanged:
            return [.loadHome, .perform { ctx in
                let drafts = ctx.store.drafts()
                return .checkinDraft(CheckinDraftFound(entry: drafts.first { $0.kind == .checkin } ?? WriteScreen.resumable(in: drafts)))
            }, .perform { ctx in .journalPlace(JournalPlace(root: ctx.store.root, home: ctx.environment["HOME"])) }]
        case .result(.journalPlace(let found)):
            place = found
            return []
        case .result(.checkinDraft(let found)):
            checkinDraft = found.entry
            return []
        case .result(.home(let fresh)):
            summary = fresh
            if let message = fresh.message { notice = message }
            return []
        case .result(.saved(let stored)):
            notice = "Saved to \(stored.relativePath)."
            return [.loadHome]
        case .key(let key):
            if showingHelp { showingHelp = false; return [] }
            return handle(key)
        default:
            return []
        }
    }

    private func handle(_ key: Key) -> [Effect] {
        if confirmingDiscard {
            confirmingDiscard = false
            guard key == .character("y") || key == .character("Y") else { notice = "Kept."; return [] }
            if let draft = summary.draft {
                summary.draft = nil
                return [.discardDraft(draft.id)]
            }
            if let draft = checkinDraft {
                checkinDraft = nil
                return [.discardDraft(draft.id)]
            }
            return []
        }
        guard let command = keys.action(for: key) else { return [] }
        switch command {
        case .move(let step): selection = (selection + items.count + step) % items.count
        case .first: selection = 0
        case .last: selection = items.count - 1
        case .help: showingHelp = true
        case .quit: return [.quit]
        case .sayHowToLeave: notice = "q quits onward; your drafts stay."
        case .resume:
            if let draft = summary.draft { notice = nil; return [.show(.reflection(resume: draft))] }
            if let draft = checkinDraft {
                notice = nil
                return draft.kind == .note ? [.open { ctx in WriteScreen.make(ctx) }] : [.open { ctx in CheckinScreen.make(ctx) }]
            }
        case .discard:
            // One key must not throw away a whole reflection: ask first.
            confirmingDiscard = true
        case .choose:
            return choose(items[selection])
        }
        return []
    }

    private func choose(_ item: HomeMenuItem) -> [Effect] {
        notice = nil
        switch item {
        case .reflect: return [.show(.reflection(resume: nil))]
        case .browse: return [.open(BrowseScreen.open)]
        case .insights: return [.open(InsightsScreen.open)]
        case .applications: return [.open(ApplicationsScreen.open)]
        case .checkin: return [.open { ctx in CheckinScreen.make(ctx) }]
        case .write: return [.open { ctx in WriteScreen.make(ctx) }]
        case .exercises: return [.open(ExerciseListScreen.open)]
        case .quit: return [.quit]
        }
    }

    public func render(on canvas: Canvas) {
        let size = canvas.size
        let width = min(size.columns, 96)
        let left = max(0, (size.columns - width) / 2) + 2
        let inner = width - 4
        canvas.draw("onward", row: 1, column: left, width: inner, style: [.bold, .accent])
        let date = DayFormat.long(summary.today)
        canvas.draw(date, row: 1, column: left + max(7, inner - date.displayWidth), width: inner - 7)

        // Above the menu: the greeting and any waiting draft; below it: today's status, the
        // last message and problems. All wrap; the menu gets what is left and scrolls if short.
        func topLines(greet: Bool, shortPrompt: Bool) -> [StyledLine] {
            var top: [StyledLine] = greet ? TextWrapper.lines(greeting, width: inner).prefix(2).map { StyledLine($0) } : []
            if let waiting = waitingText {
                if !top.isEmpty { top.append(StyledLine("")) }
                top += TextWrapper.lines(waiting, width: inner).prefix(2).map { StyledLine($0, .bold) }
                let prompt = shortPrompt && !confirmingDiscard ? "r picks it up · x discards it" : draftPrompt
                top += TextWrapper.lines(prompt, width: inner).prefix(2).map { StyledLine($0, confirmingDiscard ? .reverse : .plain) }
            }
            return top
        }
        var top = topLines(greet: true, shortPrompt: false)
        var bottom: [StyledLine] = TextWrapper.lines(checkinStatus(width: inner), width: inner).prefix(2).map { StyledLine($0) }
        if let invitation = summary.invitation {
            bottom += TextWrapper.lines(invitation.text, width: inner).prefix(2).map { StyledLine($0, .dim) }
        }
        if let notice {
            // Up to four lines (a notice may name a long path); what still does not fit ends in "…".
            let all = TextWrapper.lines(notice, width: inner)
            var shown = Array(all.prefix(4))
            if shown.count < all.count, let last = shown.indices.last {
                shown[last] = TextWrapper.truncate(shown[last] + " …", toWidth: inner)
            }
            bottom += shown.map { StyledLine($0, .bold) }
        }
        if summary.problemCount > 0 {
            let files = summary.problemCount == 1 ? "1 file" : "\(summary.problemCount) files"
            bottom += TextWrapper.lines("\(files) in the journal could not be read; `onward doctor` lists them.", width: inner)
                .prefix(2).map { StyledLine($0, .dim) }
        }
        // "On this day" is a nicety: last, so it is the first line to give way on a short screen.
        if let memory = summary.onThisDay {
            bottom.append(StyledLine(TextWrapper.truncate(SafeText.visible(memory, keepNewlines: false), toWidth: inner), .dim))
        }
        let firstRow = 3
        let lastRow = size.rows - 1 - (place == nil ? 0 : 1)  // rows end above the place line and the footer
        let detail = items[selection].detail.isEmpty ? nil : "  " + items[selection].detail
        // What the menu needs, and what gives way when the screen is short, least needed first.
        var gapAbove = 1, gapBelow = 1, showDetail = detail != nil
        func menuRoom() -> Int { lastRow - firstRow - top.count - gapAbove - gapBelow - bottom.count }
        let needed = items.count
        if menuRoom() < needed + 1 { showDetail = false }
        if menuRoom() < needed { gapBelow = 0 }
        // The check-in status (its first line) stays longest.
        while menuRoom() < needed, bottom.count > 1 { bottom.removeLast() }
        if menuRoom() < needed { gapAbove = 0 }
        if menuRoom() < needed { top = topLines(greet: true, shortPrompt: true) }
        // With a draft waiting its line greets the person well enough.
        if menuRoom() < needed, waitingText != nil { top = topLines(greet: false, shortPrompt: true) }
        if menuRoom() < min(needed, 3), !bottom.isEmpty { bottom.removeAll() }

        var row = firstRow
        for line in top { canvas.draw(line.text, row: row, column: left, width: inner, style: line.style); row += 1 }
        row += gapAbove
        let room = max(1, menuRoom() - (showDetail ? 1 : 0))
        let window = ScrollWindow(showing: selection, height: room, count: items.count)
        window.renderMarkers(on: canvas, in: Rect(row: row, column: left, width: inner, height: room))
        row += window.firstRow
        for i in window.shown {
            let item = items[i]
            let selected = i == selection
            var title = item.title
            if item.isComingSoon { title += "  (coming soon)" }
            canvas.draw((selected ? "› " : "  ") + title, row: row, column: left, width: inner, style: selected ? .reverse : .plain)
            row += 1
            if selected, showDetail, let detail {
                canvas.draw(TextWrapper.truncate(detail, toWidth: inner), row: row, column: left, width: inner, style: .dim)
                row += 1
            }
        }
        if window.markerRows, window.hiddenBelow > 0 { row += 1 }  // the "more below" row
        row += gapBelow
        for line in bottom { canvas.draw(line.text, row: row, column: left, width: inner, style: line.style); row += 1 }
        if let place { canvas.draw(place.line(width: inner), row: size.rows - 2, column: left, width: inner, style: .dim) }
        keys.footer.render(on: canvas, in: Rect(size: size))
        if showingHelp { keys.help(title: "Keys on this screen").render(on: canvas) }
    }

    /// The line about the waiting drafts: one named as before, several (or an exercise's) all in one sentence.
    private var waitingText: String? {
        let resumable = summary.draft != nil || checkinDraft != nil
        if summary.waiting.count > 1 || (!resumable && !summary.waiting.isEmpty) {
            return WaitingDraft.sentence(summary.waiting)
        }
        if let draft = summary.draft {
            let name = draft.company.map { " (\(SafeText.visible($0, keepNewlines: false)))" } ?? ""
            return "An unfinished reflection\(name) is waiting."
        }
        guard let other = checkinDraft else { return nil }
        return other.kind == .note ? "A page you started writing is waiting." : "A check-in you started is waiting."
    }

    private var draftPrompt: String {
        if confirmingDiscard { return "Discard it? It goes to the trash folder. y discard · any other key keeps it" }
        let exercises = summary.waiting.contains { $0.place == .otherExercises }
        let applications = summary.waiting.contains { $0.place == .applications }
        // Where each draft that r does not take is picked up.
        let elsewhere = [exercises ? "Other exercises" : nil, applications ? "Applications" : nil].compactMap { $0 }
        guard summary.draft != nil || checkinDraft != nil else {
            return elsewhere.joined(separator: " and ") + (elsewhere.count > 1 ? " pick them up" : " picks it up") + " where you left off."
        }
        guard summary.waiting.count > 1 else { return "Press r to pick it up where you left off, or x to discard it." }
        // r takes the reflection first, then the check-in or page: say which.
        let first = summary.draft != nil ? "the reflection" : checkinDraft?.kind == .note ? "the page" : "the check-in"
        return "r picks up \(first), x discards it" + (elsewhere.isEmpty ? "." : "; " + elsewhere.joined(separator: " and ") + " " + (elsewhere.count > 1 ? "have" : "has") + " the rest.")
    }

    private var greeting: String {
        summary.entryCount == 0
            ? "Welcome. This is a quiet place to think things through, at your own pace."
            : "Good to see you. Take your time."
    }

    /// Today's check-in in one line when it fits: the warm sentence, else the plain facts.
    private func checkinStatus(width: Int) -> String {
        guard let checkin = summary.todaysCheckin else {
            let long = "Today's check-in: not yet, whenever you're ready."
            return long.displayWidth <= width ? long : "Today's check-in: not yet."
        }
        var parts = ["Today's check-in: done"]
        if let mood = checkin.mood { parts.append("mood \(mood)/10") }
        if let energy = checkin.energy { parts.append("energy \(energy)/10") }
        return parts.joined(separator: " · ")
    }
}
