import JournalCore
import TerminalUI
import Foundation

/// `onward-bench --applications JOURNAL`: the Applications and Insights screens' first frames,
/// opened from the store as the app opens them (`open(context)`: the index, the records, the
/// screen) and rendered into an in-memory `ScreenBuffer` at 80x24, beside `list --limit 20`'s
/// own work in the same run.
struct ScreenFirstFrames {
    let store: JournalStore
    var watch = Stopwatch()

    func results() -> [Stopwatch.Result] {
        let index = JournalIndex(store: store)
        let now = LocalTimestamp(day: LocalDay(year: 2026, month: 12, day: 31), hour: 12, minute: 0, utcOffset: 0)
        let size = Size(rows: 24, columns: 80)
        let buffer = ScreenBuffer(size: size)
        let context = AppContext(store: store, guide: Guide.builtIn(), now: now, terminal: buffer, environment: [:])
        func firstFrame(_ open: (AppContext) -> Screen) {
            let screen = open(context)
            _ = screen.handle(.resize(size))
            buffer.clear()
            screen.render(on: buffer)
        }
        let count = (try? index.select(EntryFilter(kind: .application)))?.entries.count ?? 0
        if ProcessInfo.processInfo.environment["SCREENONLY"] != nil {
            var w = watch; w.budget = 8; w.maxRuns = 400
            return [w.measure("screen") { firstFrame(ApplicationsScreen.open) }]
        }
        if ProcessInfo.processInfo.environment["BREAKDOWN"] != nil {
            return [
                watch.measure("list20") { _ = try? index.select(EntryFilter(limit: 20)) },
                watch.measure("select apps") { _ = try? index.select(EntryFilter(kind: .application)) },
                watch.measure("select+records") { let e = (try? index.select(EntryFilter(kind: .application)))?.entries ?? []; _ = e.map(ApplicationRecord.init) },
                watch.measure("select+records+lines") { let e = (try? index.select(EntryFilter(kind: .application)))?.entries ?? []; _ = ApplicationLine.lines(e.map(ApplicationRecord.init)) },
                watch.measure("screen") { firstFrame(ApplicationsScreen.open) },
            ]
        }
        return [
            watch.measure("list --limit 20: select newest 20 (walk + heads + 20 records)") {
                _ = try? index.select(EntryFilter(limit: 20))
            },
            watch.measure("Applications screen: open + first frame at 80x24", items: count) { firstFrame(ApplicationsScreen.open) },
            watch.measure("app list's work: select + records + sort", items: count) {
                let entries = (try? index.select(EntryFilter(kind: .application)))?.entries ?? []
                _ = ApplicationQuery.select(ApplicationQuery.all(in: entries))
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
            // The home summary as it was read before: three walks, every reflection, note and application decoded.
            watch.measure("home's data, three reads (check-in select, invitation select, on this day)") {
                _ = try? index.select(EntryFilter(kind: .checkin, since: now.day, until: now.day, limit: 1))
                _ = Invitations.today(now.day, index: index)
                _ = index.onThisDay(now.day)
            },
            watch.measure("home's data, one read (JournalIndex.home)") { _ = try? index.home(today: now.day, invitations: true) },
        ]
    }
}
