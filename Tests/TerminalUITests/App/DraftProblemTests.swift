import Foundation
import JournalCore
import OnwardTestSupport
import Testing
@testable import TerminalUI

/// Every draft write fails as on a full disk.
private struct DiskFull: ForwardingFileSystem {
    var base = PosixFileSystem()
    func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) { throw FileSystemError(code: ENOSPC, path: path) }
}

@Suite("The screens word a failed draft save themselves")
struct DraftProblemTests {
    private func failedDraftSave() throws -> StoreError {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try journal.store.prepare()
        var draft = Entry(id: EntryID("2026-11-27-1405-reflection"), kind: .reflection, created: testNow)
        draft.company = "Acme"
        do {
            try JournalStore(root: journal.root, fileSystem: DiskFull()).saveDraft(draft)
        } catch {
            return error
        }
        Issue.record("the draft was saved on a full disk")
        return StoreError("")
    }

    @Test func theReasonComesFromTheStoreAndTheWordsFromTheScreen() throws {
        let problem = DraftProblem(try failedDraftSave())
        #expect(problem.reason == "the disk is full")
        #expect(problem.whileTyping == "Could not save your draft: the disk is full; your text is still on screen.")
        #expect(problem.staysOpen == "Could not save your draft: the disk is full. This page stays open until it is saved "
            + "(make room, then Esc); Ctrl-C leaves and prints your text.")
    }

    @Test func aSentenceWithoutASeparateReasonIsKeptWhole() {
        let sentence = "The journal folder /j cannot be locked: permission was denied; your text is still on screen? no."
        let problem = DraftProblem(StoreError(sentence))
        #expect(problem.whileTyping == sentence + " Your text is still on screen.")
        #expect(problem.staysOpen.hasPrefix(sentence + " This page stays open"))
    }
}
