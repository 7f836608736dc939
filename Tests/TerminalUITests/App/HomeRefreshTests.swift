import Foundation
import JournalCore
import OnwardTestSupport
import Testing
@testable import TerminalUI

@Suite("Home notices changes made from another shell")
struct HomeRefreshTests {
    /// Counts the reads and folder listings made through it, so a test can see what an idle turn costs.
    final class ReadCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
        func reset() { lock.withLock { value = 0 } }
    }

    struct CountingFileSystem: ForwardingFileSystem {
        let counter: ReadCounter
        var statuses: ReadCounter? = nil
        var base = PosixFileSystem()
        func status(_ path: String) -> FileStatus? { statuses?.add(); return base.status(path) }
        func read(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] { counter.add(); return try base.read(path, limit: limit) }
        func readWithStatus(_ path: String, limit: Int) throws(FileSystemError) -> ([UInt8], FileStatus) {
            counter.add(); return try base.readWithStatus(path, limit: limit)
        }
        func list(_ path: String) throws(FileSystemError) -> [String] { counter.add(); return try base.list(path) }
        func items(in path: String, withStatus: Bool) throws(FileSystemError) -> [DirectoryItem] {
            counter.add(); return try base.items(in: path, withStatus: withStatus)
        }
    }

    /// Runs home at 80x24 and hands each idle turn to `step` (its number, the screen's text) until it stops.
    private func runHome(_ journal: TempJournal, counter: ReadCounter,
                         step: @escaping (Int, String) throws -> Bool) {
        let store = JournalStore(root: journal.root, fileSystem: CountingFileSystem(counter: counter))
        var turn = 0
        let terminal = TurnTerminal(rows: 24, columns: 80)
        terminal.onTurn = { [unowned terminal] in
            turn += 1
            let goOn = (try? step(turn, terminal.buffer.text)) ?? false
            return goOn && turn < 20 ? nil : .terminate
        }
        App(terminal: terminal, store: store, guide: Guide.builtIn(), clock: { testNow.date },
            timeZone: TimeZone(secondsFromGMT: 3600)!).run(.home)
    }

    @Test func aCheckinSavedFromAnotherShellShowsWithoutAKey() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try journal.store.prepare()
        let counter = ReadCounter()
        var before = "", after = "", readsWhileIdle = -1
        runHome(journal, counter: counter) { turn, text in
            switch turn {
            case 1: before = text; counter.reset()
            case 2:
                // Nothing changed during the first idle turn: it read no file and listed no folder.
                readsWhileIdle = counter.count
                // As `onward checkin --mood 6` would, from another process.
                _ = try CheckinUpdate.save(CheckinValues(mood: 6), in: JournalStore(root: journal.root), day: testNow.day,
                                           at: testNow, now: testNow)
            case 3: after = text
            default: return false
            }
            return true
        }
        #expect(before.contains("Today's check-in: not yet"), "\(before)")
        #expect(readsWhileIdle == 0)
        #expect(after.contains("Today's check-in: done · mood 6/10"), "\(after)")
    }

    @Test func aNoteAndADraftFromElsewhereAreNoticedToo() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try journal.store.prepare()
        let counter = ReadCounter()
        var greeting = "", waiting = ""
        runHome(journal, counter: counter) { turn, text in
            switch turn {
            case 1:
                // `onward note` from another shell: home stops welcoming a first-time visitor.
                #expect(text.contains("Welcome."))
                var note = Entry(id: EntryID("2026-11-27-1300-note"), kind: .note, created: testNow)
                note.title = "From the shell"
                _ = try JournalStore(root: journal.root).create(note)
            case 2:
                greeting = text
                var draft = Entry(id: EntryID("2026-11-27-1310-reflection"), kind: .reflection, created: testNow)
                draft.status = .draft
                draft.company = "Initech"
                try JournalStore(root: journal.root).saveDraft(draft)
            case 3: waiting = text
            default: return false
            }
            return true
        }
        #expect(greeting.contains("Good to see you."), "\(greeting)")
        #expect(waiting.contains("An unfinished reflection (Initech) is waiting."), "\(waiting)")
    }

    @Test func noStampIsTakenWhileAScreenThatDoesNotShowTheJournalIsOnTop() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try journal.store.prepare()
        let statuses = ReadCounter()
        let store = JournalStore(root: journal.root, fileSystem: CountingFileSystem(counter: ReadCounter(), statuses: statuses))
        let terminal = TurnTerminal(rows: 24, columns: 80)
        var turn = 0, idleStatuses = -1
        terminal.onTurn = {
            turn += 1
            if turn == 1 { statuses.reset() } else { idleStatuses = statuses.count }
            return turn < 4 ? nil : .terminate
        }
        App(terminal: terminal, store: store, guide: Guide.builtIn(), clock: { testNow.date },
            timeZone: TimeZone(secondsFromGMT: 3600)!).run(.screen { WriteScreen.make($0) })
        #expect(idleStatuses == 0)
    }
}
