import JournalCore
import TerminalUI

/// `onward-bench --applications JOURNAL`: the Applications and Insights screens' first frames,
/// opened from the store as the app opens them (`open(context)`: the index, the records, the
/// screen) and rendered into an in-memory `ScreenBuffer` at 80x24, and home's data, beside
/// `list --limit 20`'s own work in the same run.
struct ScreenFirstFrames {
    let store: JournalStore
    var watch = Stopwatch()

    /// The day the generated corpus is measured on.
    let now = LocalTimestamp(day: LocalDay(year: 2026, month: 12, day: 31), hour: 12, minute: 0, utcOffset: 0)

    private func firstFrame(_ open: (AppContext) -> Screen) {
        let size = Size(rows: 24, columns: 80)
        let buffer = ScreenBuffer(size: size)
        let context = AppContext(store: store, guide: Guide.builtIn(), now: now, terminal: buffer, environment: [:])
        let screen = open(context)
        _ = screen.handle(.resize(size))
        screen.render(on: buffer)
    }

    private func list20(_ index: JournalIndex) { _ = try? index.select(EntryFilter(limit: 20)) }

    func results() -> [Stopwatch.Result] {
        let index = JournalIndex(store: store)
        let now = self.now
        let count = (try? index.applications())?.records.count ?? 0
        return [
            watch.measure("list --limit 20: select newest 20 (walk + heads + 20 records)") { list20(index) },
            watch.measure("Applications screen: open + first frame at 80x24", items: count) { firstFrame(ApplicationsScreen.open) },
            watch.measure("app list's work: records from the index + sort", items: count) {
                _ = ApplicationQuery.select((try? index.applications())?.records ?? [])
            },
            watch.measure("stats' work: refresh + one pass (StatsSummary)") {
                guard let snapshot = try? index.snapshot() else { return }
                _ = StatsSummary(entries: snapshot.entries, today: now.day)
            },
            watch.measure("Insights screen's data: refresh + stats, insights, wins, activity, funnel") {
                guard let snapshot = try? index.snapshot() else { return }
                _ = StatsSummary(entries: snapshot.entries, today: now.day)
                _ = Insights(entries: snapshot.entries.lazy.map(\.entry))
                _ = Wins(entries: snapshot.entries.lazy.map(\.entry))
            },
            watch.measure("Insights screen: open (from the index) + first frame") { firstFrame(InsightsScreen.open) },
            watch.measure("home's data (JournalIndex.home, invitations on)") { _ = try? index.home(today: now.day, invitations: true) },
        ]
    }

    /// The bounds that are ratios, each measured in alternation with its base.
    func paired() -> [Stopwatch.Paired] {
        let index = JournalIndex(store: store)
        let now = self.now
        return [
            watch.compare("Applications screen's first frame / list --limit 20's work", base: { list20(index) },
                          candidate: { firstFrame(ApplicationsScreen.open) }),
            // The path before the lean read, for comparison: every application decoded whole, kept
            // by id beside its record (as the screen did), then the same lines and frame.
            watch.compare("  the same, read as before (whole entries, then records) / list --limit 20's work", base: { list20(index) },
                          candidate: {
                              firstFrame { _ in
                                  let entries = ((try? index.select(EntryFilter(kind: .application)))?.entries ?? []).filter { !$0.entry.isDraft }
                                  let kept = Dictionary(entries.map { ($0.entry.id, $0) }, uniquingKeysWith: { a, _ in a })
                                  precondition(kept.count <= entries.count)
                                  return ApplicationsScreen(entries: entries, today: now.day, quietAfterDays: 14)
                              }
                          }),
            watch.compare("app list's work / list --limit 20's work", base: { list20(index) },
                          candidate: { _ = ApplicationQuery.select((try? index.applications())?.records ?? []) }),
            watch.compare("home's data / list --limit 20's work", base: { list20(index) },
                          candidate: { _ = try? index.home(today: now.day, invitations: true) }),
        ]
    }
}
