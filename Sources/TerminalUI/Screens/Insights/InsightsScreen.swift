import JournalCore

/// "Remember your value": every achievement, the lessons by entry, the trends (with the mood
/// calendar and what went with better days) and every small win.
public final class InsightsScreen: KeyedScreen {
    /// The part on screen.
    public private(set) var tab: InsightsTab = .achievements
    /// Every achievement, newest first.
    public private(set) var achievements: [InsightLine] = []
    /// The lessons under a heading per entry.
    public private(set) var lessons: [InsightLine] = []
    /// Every small win from check-ins and reflections, newest first.
    public private(set) var wins: [InsightLine] = []
    /// The trends page laid out for the current width, worked out the first time it is wanted:
    /// its counts, observations and funnel cost more than the lists, and the screen opens on a list.
    public var trends: [StyledLine] {
        if trendsCache == nil { layOutTrends() }
        return trendsCache ?? []
    }
    private var trendsCache: [StyledLine]?
    private(set) var viewports: [InsightsTab: ListViewport] = [:]
    private var entries: [StoredEntry]
    private var statsCache: Stats?
    private var stats: Stats {
        if let statsCache { return statsCache }
        let made = Stats(entries: entries.lazy.map(\.entry), today: today)
        statsCache = made
        return made
    }
    /// The applications funnel for the trends page, when applications are tracked.
    private var funnel: ApplicationFunnel? {
        let applications = ApplicationQuery.all(in: entries)
        guard !applications.isEmpty else { return nil }
        let goal = entries.first { $0.entry.kind == .reflection && !$0.entry.isDraft && $0.entry.goalApplications != nil }?.entry.goalApplications
        return ApplicationFunnel(records: applications, today: today, weeklyGoal: goal)
    }
    private let today: LocalDay
    var size = Size(rows: 24, columns: 80)
    private var showingHelp = false

    /// Insights over `entries`, with trends ending `today`.
    public init(entries: [StoredEntry], today: LocalDay) {
        self.entries = entries
        self.today = today
        rebuild()
    }

    /// Reads the journal through the index (which keeps each reflection's small win) and opens the screen.
    public static func open(_ context: AppContext) -> Screen {
        let snapshot = (try? context.store.loadIndexed()) ?? JournalSnapshot(entries: [], problems: [])
        return InsightsScreen(entries: snapshot.entries, today: context.today)
    }

    /// What the keys of insights stand for.
    public enum Command: Equatable, Sendable { case part(Int), jump(InsightsTab), move(Int), page(Int), first, last, open, back, quit, help }

    /// The keys that work now: they drive the handling, the footer and the help.
    public var keys: KeyTable<Command> {
        var bindings = [
            KeyBinding<Command>([(.tab, .part(1)), (.right, .part(1)), (.character("l"), .part(1)),
                                 (.backTab, .part(-1)), (.left, .part(-1)), (.character("h"), .part(-1))], label: "Tab", does: "next part"),
            KeyBinding([(.up, .move(-1)), (.character("k"), .move(-1)), (.down, .move(1)), (.character("j"), .move(1))],
                       label: "↑↓", does: tab == .trends ? "scroll" : "move"),
        ]
        if tab != .trends { bindings.append(KeyBinding(.enter, does: "open entry", action: .open)) }
        return KeyTable(bindings + [
            KeyBinding(.escape, does: "back", action: .back),
            KeyBinding(.character("q"), does: "quit", action: .quit),
            KeyBinding(.character("?"), .function(1), does: "keys", action: .help),
            KeyBinding(InsightsTab.allCases.map { (Key.character(Character("\($0.rawValue + 1)")), Command.jump($0)) },
                       label: "1-4", does: "jump to a part", inFooter: false),
            KeyBinding([(.pageUp, .page(-1)), (.pageDown, .page(1)), (.character(" "), .page(1))], label: "PgUp/PgDn", does: "page", inFooter: false),
            KeyBinding([(.home, .first), (.character("g"), .first), (.end, .last), (.character("G"), .last)],
                       label: "Home/End", does: "first, last", inFooter: false),
        ])
    }

    /// The footer's hints.
    public var hints: [KeyHint] { keys.footerHints }

    /// Rows for the list or the trends text.
    var bodyHeight: Int { max(1, size.rows - 5) }

    /// The lines of the current list tab (empty for trends).
    var currentLines: [InsightLine] {
        switch tab {
        case .achievements: return achievements
        case .lessons: return lessons
        case .wins: return wins
        case .trends: return []
        }
    }

    func viewport(_ tab: InsightsTab) -> ListViewport {
        if tab == .trends, trendsCache == nil { layOutTrends() }
        return viewports[tab] ?? ListViewport()
    }

    /// Switches parts, moves, opens the source entry.
    /// Nothing here takes text: a paste runs none of its keys (a pasted "q" must not leave).
    public func paste(_ text: String) -> [Effect]? { [] }

    public func handle(_ event: ScreenEvent) -> [Effect] {
        switch event {
        case .resize(let newSize):
            size = newSize
            trendsCache = nil  // laid out again at the new width when it is next shown
            setHeights()
        case .key(let key):
            if showingHelp { showingHelp = false; return [] }
            return handle(key)
        default:
            break
        }
        return []
    }

    private func handle(_ key: Key) -> [Effect] {
        let current = tab
        var v = viewport(current)
        guard let command = keys.action(for: key) else { return [] }
        switch command {
        case .part(let step): tab = tab.moved(by: step)
        case .jump(let part): tab = part
        case .move(let step): v.move(step)
        // The trends page scrolls one line per step of its viewport, so a page is the body height.
        case .page(let direction): if tab == .trends { v.move(direction * max(1, bodyHeight - 1)) } else { v.page(direction) }
        case .first: v.select(0)
        case .last: v.select(v.count - 1)
        case .open: return openSelected()
        case .help: showingHelp = true
        case .back: return [.pop]
        case .quit: return [.quit]
        }
        viewports[current] = v
        return []
    }

    private func openSelected() -> [Effect] {
        let lines = currentLines
        let v = viewport(tab)
        guard lines.indices.contains(v.selection) else { return [] }
        let id = lines[v.selection].entryID
        guard let stored = entries.first(where: { $0.entry.id == id }) else { return [] }
        return [.push(EntryScreen(row: .entry(stored)) { [weak self] change in self?.apply(change) })]
    }

    /// Follows an edit or a delete made from here, so the lists stay true.
    func apply(_ change: EntryChange) {
        switch change {
        case .edited(.entry(let stored), _):
            if let i = entries.firstIndex(where: { $0.relativePath == stored.relativePath }) { entries[i] = stored }
        case .edited(.unreadable(let problem), _):
            entries.removeAll { $0.relativePath == problem.relativePath }
        case .deleted(let path, _):
            entries.removeAll { $0.relativePath == path }
        }
        statsCache = nil
        rebuild()
    }

    private func rebuild() {
        let insights = Insights(entries: entries.lazy.map(\.entry))
        achievements = InsightLine.achievements(insights)
        lessons = InsightLine.lessons(insights)
        wins = InsightLine.wins(Wins(entries: entries.lazy.map(\.entry)))
        for (tab, count) in [(InsightsTab.achievements, achievements.count), (.lessons, lessons.count), (.wins, wins.count)] {
            var v = viewports[tab] ?? ListViewport()
            v.setCount(count)
            viewports[tab] = v
        }
        trendsCache = nil
        setHeights()
    }

    /// The lists' page height for the current size.
    private func setHeights() {
        for tab in InsightsTab.allCases where tab != .trends {
            var v = viewports[tab] ?? ListViewport()
            v.setHeight(bodyHeight)
            viewports[tab] = v
        }
    }

    private func layOutTrends() {
        let width = max(20, min(size.columns - 4, 100))
        // The noticing part sits before the self-care counts, which stay the trends' last lines.
        var lines = TrendsLayout.lines(stats, width: width)
        let selfCare = lines.lastIndex { $0.text == "Self-care most often" }.map { max(0, $0 - 1) } ?? lines.endIndex
        lines.insert(contentsOf: NoticingLayout.lines(entries: entries.map(\.entry), today: today, width: width), at: selfCare)
        if let funnel { lines += ApplicationFunnelLayout.lines(funnel, width: width) }
        trendsCache = lines
        var v = viewports[.trends] ?? ListViewport()
        v.setCount(max(0, lines.count - bodyHeight + 1))
        v.setHeight(1)
        viewports[.trends] = v
    }

    /// Draws the tabs and the current part.
    public func render(on canvas: Canvas) { InsightsRenderer(screen: self).render(on: canvas) }

    var isShowingHelp: Bool { showingHelp }
}
