import JournalCore

/// The first screen: today's date, the menu, today's check-in status and any unfinished reflection.
public final class HomeScreen: Screen {
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

    public var hints: [KeyHint] {
        var hints = [KeyHint("↑↓", "move"), KeyHint("Enter", "select")]
        if summary.draft != nil || checkinDraft != nil { hints += [KeyHint("r", "resume"), KeyHint("x", "discard draft")] }
        return hints + [KeyHint("q", "quit"), KeyHint("?", "keys")]
    }

    public func handle(_ event: ScreenEvent) -> [Effect] {
        switch event {
        case .appeared:
            return [.loadHome, .perform { ctx in
                let drafts = ctx.store.drafts()
                return .value(CheckinDraftFound(entry: drafts.first { $0.kind == .checkin } ?? WriteScreen.resumable(in: drafts)))
            }, .perform { ctx in .value(JournalPlace(root: ctx.store.root, home: ctx.environment["HOME"])) }]
        case .result(.value(let found as JournalPlace)):
            place = found
            return []
        case .result(.value(let found as CheckinDraftFound)):
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
        switch key {
        case .up, .character("k"): selection = (selection + items.count - 1) % items.count
        case .down, .character("j"), .tab: selection = (selection + 1) % items.count
        case .backTab: selection = (selection + items.count - 1) % items.count
        case .character("?"): showingHelp = true
        case .character("q"): return [.quit]
        // Esc leaves a screen; pressed twice in a hurry on a page it would otherwise also quit
        // onward itself. Home is the last screen, so Esc here only says how to leave.
        case .escape: notice = "q quits onward; your drafts stay."
        case .character("r"):
            if let draft = summary.draft { notice = nil; return [.startReflection(resume: draft)] }
            if let draft = checkinDraft {
                notice = nil
                return draft.kind == .note ? [.open { ctx in WriteScreen.make(ctx) }] : [.open { ctx in CheckinScreen.make(ctx) }]
            }
        case .character("x"):
            // One key must not throw away a whole reflection: ask first.
            if summary.draft != nil || checkinDraft != nil { confirmingDiscard = true }
        case .enter, .character(" "), .character("l"):
            return choose(items[selection])
        default:
            break
        }
        return []
    }

    private func choose(_ item: HomeMenuItem) -> [Effect] {
        notice = nil
        switch item {
        case .reflect: return [.startReflection(resume: nil)]
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
        var row = 1
        canvas.draw("onward", row: row, column: left, width: inner, style: [.bold, .accent])
        let date = DayFormat.long(summary.today)
        canvas.draw(date, row: row, column: left + max(7, inner - date.displayWidth), width: inner - 7)
        row += 2
        canvas.draw(greeting, row: row, column: left, width: inner)
        row += 2
        if let draft = summary.draft {
            let name = draft.company.map { " (\($0))" } ?? ""
            canvas.draw("An unfinished reflection\(name) is waiting.", row: row, column: left, width: inner, style: .bold)
            canvas.draw(draftPrompt, row: row + 1, column: left, width: inner, style: confirmingDiscard ? .reverse : .plain)
            row += 3
        } else if let other = checkinDraft {
            let what = other.kind == .note ? "A page you started writing is waiting." : "A check-in you started is waiting."
            canvas.draw(what, row: row, column: left, width: inner, style: .bold)
            canvas.draw(draftPrompt, row: row + 1, column: left, width: inner, style: confirmingDiscard ? .reverse : .plain)
            row += 3
        }
        for (i, item) in items.enumerated() {
            let selected = i == selection
            let marker = selected ? "› " : "  "
            var title = item.title
            if item.isComingSoon { title += "  (coming soon)" }
            canvas.draw(marker + title, row: row, column: left, width: inner, style: selected ? .reverse : .plain)
            if selected, !item.detail.isEmpty, size.rows >= 20 {
                canvas.draw("  " + item.detail, row: row + 1, column: left, width: inner, style: .dim)
                row += 1
            }
            row += 1
        }
        row += 1
        if row < size.rows - 3 {
            canvas.draw(checkinStatus, row: row, column: left, width: inner)
            row += 1
        }
        if let invitation = summary.invitation, row < size.rows - 3 {
            for line in TextWrapper.lines(invitation.text, width: inner).prefix(2) where row < size.rows - 3 {
                canvas.draw(line, row: row, column: left, width: inner, style: .dim)
                row += 1
            }
        }
        if let memory = summary.onThisDay, row < size.rows - 3 {
            let text = TextWrapper.truncate(SafeText.visible(memory, keepNewlines: false), toWidth: inner)
            canvas.draw(text, row: row, column: left, width: inner, style: .dim)
            row += 1
        }
        if let notice, row < size.rows - 2 {
            // Up to four lines (a notice may name a long path); what still does not fit ends in "…".
            let all = TextWrapper.lines(notice, width: inner)
            var shown = Array(all.prefix(max(0, min(4, size.rows - 3 - row))))
            if shown.count < all.count, let last = shown.indices.last {
                shown[last] = TextWrapper.truncate(shown[last] + " …", toWidth: inner)
            }
            for line in shown {
                canvas.draw(line, row: row + 1, column: left, width: inner, style: .bold)
                row += 1
            }
        }
        if summary.problemCount > 0, size.rows - 3 > row {
            let files = summary.problemCount == 1 ? "1 file" : "\(summary.problemCount) files"
            canvas.draw("\(files) in the journal could not be read; `onward doctor` lists them.", row: size.rows - 3, column: left, width: inner, style: .dim)
        }
        if let place { canvas.draw(place.line(width: inner), row: size.rows - 2, column: left, width: inner, style: .dim) }
        Footer(hints).render(on: canvas, in: Rect(size: size))
        if showingHelp { HelpOverlay(title: "Keys on this screen", hints: hints).render(on: canvas) }
    }

    private var draftPrompt: String {
        confirmingDiscard
            ? "Discard it? It goes to the trash folder. y discard · any other key keeps it"
            : "Press r to pick it up where you left off, or x to discard it."
    }

    private var greeting: String {
        summary.entryCount == 0
            ? "Welcome. This is a quiet place to think things through, at your own pace."
            : "Good to see you. Take your time."
    }

    private var checkinStatus: String {
        guard let checkin = summary.todaysCheckin else { return "Today's check-in: not yet, whenever you're ready." }
        var parts = ["Today's check-in: done"]
        if let mood = checkin.mood { parts.append("mood \(mood)/10") }
        if let energy = checkin.energy { parts.append("energy \(energy)/10") }
        return parts.joined(separator: " · ")
    }
}
