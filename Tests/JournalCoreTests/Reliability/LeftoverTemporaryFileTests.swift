import Foundation
import Testing
@testable import JournalCore

/// A save killed half-way leaves `.<name>.tmp-<pid>-<n>`; the next start removes it unless
/// its writer is still running.
@Suite("Leftover temporary files")
struct LeftoverTemporaryFileTests {
    @Test func deadWritersFilesGoLiveOnesStay() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let dead = "entries/2026/11/.2026-11-27-1405-note.md.tmp-999999-17"
        let deadDraft = ".onward/drafts/.2026-11-27-1405-reflection.md.tmp-999998-3"
        let live = ".onward/drafts/.x.md.tmp-\(getpid())-1"
        let mine = "entries/2026/11/2026-11-27-1405-note.md"
        let hidden = "entries/2026/11/.notes"
        for path in [dead, deadDraft, live, mine, hidden] { try folder.write(path, "x") }
        let removed = JournalStore(root: folder.path).removeLeftoverTemporaryFiles()
        #expect(removed == 2)
        #expect(!folder.exists(dead) && !folder.exists(deadDraft))
        #expect(folder.exists(live) && folder.exists(mine) && folder.exists(hidden))
    }

    @Test func namesThatAreNotOnesOwnAreLeftAlone() {
        #expect(JournalStore.writerPID(ofTemporary: ".a.md.tmp-123-9") == 123)
        #expect(JournalStore.writerPID(ofTemporary: "a.md.tmp-123-9") == nil)
        #expect(JournalStore.writerPID(ofTemporary: ".a.md.tmp-x") == nil)
    }
}
