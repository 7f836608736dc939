import Foundation
import JournalCore
import Testing
import OnwardTestSupport
@testable import TerminalUI

/// A file system whose disk is full while `full` is set: every write fails with ENOSPC.
private final class FullDisk: ForwardingFileSystem, @unchecked Sendable {
    let base = PosixFileSystem()
    var full = true

    func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        if full { throw FileSystemError(code: ENOSPC, path: path) }
        try base.writeAtomically(path, bytes)
    }
    func createExclusively(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        if full { throw FileSystemError(code: ENOSPC, path: path) }
        try base.createExclusively(path, bytes)
    }
}

/// On a full disk, leaving never throws away the only copy of what was written.
@Suite("Leaving on a full disk")
struct FullDiskLeavingTests {
    private func store(_ journal: TempJournal, _ disk: FullDisk) throws -> JournalStore {
        let store = JournalStore(root: journal.store.root, fileSystem: disk)
        try store.prepare()
        return store
    }

    @Test func escKeepsThePageOpenAndTheTextIsHandedBackAtTheEnd() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let disk = FullDisk()
        // Stop only once the loop has drawn what the keys led to (the first idle ends the turn).
        var idle = 0
        let terminal = IdleScriptedTerminal(rows: 30, columns: 100) { idle += 1; return idle == 1 ? nil : .terminate }
        terminal.buffer.type("Acme words")
        terminal.buffer.enqueue(keys: [.escape])
        let app = App(terminal: terminal, store: try store(journal, disk), guide: Guide.builtIn(), clock: { testNow.date })
        #expect(app.run(.reflection) == .terminated)
        let screen = terminal.buffer.text
        #expect(screen.contains("Step 1 of 10") && screen.contains("Acme words"), "the page stayed open: \(screen)")
        #expect(screen.contains("This page stays open until it is saved"), "\(screen)")
        #expect(app.unsavedText?.contains("company: Acme words") == true, "\(app.unsavedText ?? "nil")")
        #expect(journal.store.drafts().isEmpty)
    }

    @Test func theLeaveQuestionDoesNotPromiseADraftItCouldNotSave() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let disk = FullDisk()
        var idle = 0
        let terminal = IdleScriptedTerminal(rows: 30, columns: 100) { idle += 1; return idle == 1 ? nil : .terminate }
        terminal.buffer.type("Acme")
        terminal.buffer.enqueue(keys: [.control("s")])  // a save that fails, and the draft save after it
        terminal.buffer.enqueue(keys: [.control("c")])
        let app = App(terminal: terminal, store: try store(journal, disk), guide: Guide.builtIn(), clock: { testNow.date })
        app.run(.reflection)
        #expect(terminal.buffer.text.contains("could NOT be saved"), "\(terminal.buffer.text)")
        #expect(!terminal.buffer.text.contains("Your draft is saved"))
    }

    @Test func onceThereIsRoomAgainEscLeavesWithTheDraftKept() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let disk = FullDisk()
        var turns = 0
        let terminal = IdleScriptedTerminal(rows: 30, columns: 100) {
            turns += 1
            if turns == 1 { return nil }  // the turn with the first Esc ends
            if turns == 2 { disk.full = false; return .key(.escape) }  // room made, Esc again
            return .terminate
        }
        terminal.buffer.type("Acme")
        terminal.buffer.enqueue(keys: [.escape])
        let app = App(terminal: terminal, store: try store(journal, disk), guide: Guide.builtIn(), clock: { testNow.date })
        app.run(.reflection)
        #expect(journal.store.drafts().first?.company == "Acme")
        #expect(app.unsavedText == nil)
    }
}
