import JournalCore
import TerminalUI

/// "Browse: one keystroke to a rendered frame": the browse screen built from the indexed
/// snapshot at 100x30, timed from handing it a key to having drawn the frame into an
/// in-memory `ScreenBuffer`, as the app loop does after every key.
///
/// `Stopwatch.measure` times a whole closure, but a search keystroke needs the query put back
/// first (or every run types into a different query), so each run here has an untimed
/// preparation and a timed key, with the same clock, budget and result as `Stopwatch`.
struct BrowseKeystroke {
    let snapshot: JournalSnapshot
    let store: JournalStore
    /// A word from the corpus; the search cases type it.
    let word: String
    var watch = Stopwatch()

    static let size = Size(rows: 30, columns: 100)

    /// Down, PgDn, the first letter of a search, and a letter that narrows a search.
    func results() -> [Stopwatch.Result] {
        let count = snapshot.entries.count + snapshot.problems.count
        let list = screen()
        var out = [
            measure("browse: Down key to a rendered frame", on: list, prepare: { wrapToTop($0, before: 1) }, key: .down),
            measure("browse: PgDn key to a rendered frame", on: list, prepare: { wrapToTop($0, before: Self.size.rows) }, key: .pageDown),
        ]
        let searching = screen()
        _ = searching.handle(.key(.character("/")))
        _ = searching.handle(.result(.searchCorpus(BrowseScreen.corpus(for: searching.list.rows, store: store))))
        let letters = Array(word)
        out.append(measure("browse: 1st letter typed in / search (scans \(count))", on: searching,
                           prepare: { type([], into: $0) }, key: .character(letters[0])))
        out.append(measure("browse: letter \(letters.count) of \"\(word)\" typed in / search", on: searching,
                           prepare: { type(letters.dropLast(), into: $0) }, key: .character(letters[letters.count - 1])))
        return out
    }

    private func screen() -> BrowseScreen {
        let screen = BrowseScreen(snapshot: snapshot)
        _ = screen.handle(.resize(Self.size))
        return screen
    }

    /// Goes back to the top before the end is near, so every timed key really moves.
    private func wrapToTop(_ screen: BrowseScreen, before rows: Int) {
        if screen.viewport.selection + rows >= screen.viewport.count { _ = screen.handle(.key(.home)) }
    }

    /// Clears the search field and types `letters` again (Esc leaves the search, `/` comes back to it).
    private func type(_ letters: some Collection<Character>, into screen: BrowseScreen) {
        _ = screen.handle(.key(.escape))
        _ = screen.handle(.key(.character("/")))
        for c in letters { _ = screen.handle(.key(.character(c))) }
    }

    private func measure(_ name: String, on screen: BrowseScreen, prepare: (BrowseScreen) -> Void, key: Key) -> Stopwatch.Result {
        let buffer = ScreenBuffer(size: Self.size)
        func once() -> Double {
            prepare(screen)
            let t0 = Stopwatch.now()
            _ = screen.handle(.key(key))
            buffer.clear()
            screen.render(on: buffer)
            return Stopwatch.now() - t0
        }
        _ = once()  // warm caches and lazy statics
        var times: [Double] = []
        let start = Stopwatch.now()
        while times.count < watch.maxRuns && (times.count < watch.minRuns || Stopwatch.now() - start < watch.budget) {
            times.append(once())
        }
        times.sort()
        return Stopwatch.Result(name: name, runs: times.count, median: times[times.count / 2], min: times[0], perItem: nil)
    }
}
