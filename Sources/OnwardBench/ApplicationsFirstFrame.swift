import JournalCore
import TerminalUI

/// `onward-bench --applications JOURNAL`: the Applications screen's first frame, built from the
/// store as the app builds it (the index's applications, the screen, a frame rendered into an
/// in-memory `ScreenBuffer` at 80x24), beside `list --limit 20`'s own work in the same run.
struct ApplicationsFirstFrame {
    let store: JournalStore
    var watch = Stopwatch()

    func results() -> [Stopwatch.Result] {
        let index = JournalIndex(store: store)
        let today = LocalDay(year: 2026, month: 12, day: 31)
        let list = watch.measure("list --limit 20: select newest 20 (walk + heads + 20 records)") {
            _ = try? index.select(EntryFilter(limit: 20))
        }
        let count = (try? index.select(EntryFilter(kind: .application)))?.entries.count ?? 0
        let frame = watch.measure("Applications screen: first frame (select + records + render 80x24)", items: count) {
            let entries = ((try? index.select(EntryFilter(kind: .application)))?.entries ?? []).filter { !$0.entry.isDraft }
            let screen = ApplicationsScreen(entries: entries, today: today, quietAfterDays: 14)
            _ = screen.handle(.resize(Size(rows: 24, columns: 80)))
            let buffer = ScreenBuffer(rows: 24, columns: 80)
            screen.render(on: buffer)
        }
        let records = watch.measure("app list's work: select + records + sort", items: count) {
            let entries = (try? index.select(EntryFilter(kind: .application)))?.entries ?? []
            _ = ApplicationQuery.select(ApplicationQuery.all(in: entries))
        }
        return [list, frame, records]
    }
}
