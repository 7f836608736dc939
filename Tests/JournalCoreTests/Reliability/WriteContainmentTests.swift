import Foundation
import Testing
@testable import JournalCore

/// The store never writes through a symbolic link inside the journal: a linked
/// year folder or drafts folder could send a person's words somewhere else.
@Suite("Writes stay inside the journal")
struct WriteContainmentTests {
    let day = LocalTimestamp(parsing: "2026-11-27T14:05:00+01:00")!

    func entry(_ id: String = "2026-11-27-1405-note") -> Entry { Entry(id: EntryID(id), kind: .note, created: day) }

    @Test func linkedYearFolderIsRefusedWithAClearMessage() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let outside = folder.path + "/elsewhere"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path + "/j/entries", withIntermediateDirectories: true)
        #expect(symlink(outside, folder.path + "/j/entries/2026") == 0)
        let store = JournalStore(root: folder.path + "/j")
        #expect {
            try store.create(entry())
        } throws: { error in
            let text = (error as? StoreError)?.message ?? ""
            return text.contains("entries/2026 in the journal is a symbolic link") && text.hasPrefix("Could not save")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
    }

    @Test func linkedDraftsFolderIsRefusedAndSaysTheTextIsKept() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let outside = folder.path + "/elsewhere"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path + "/j/.onward", withIntermediateDirectories: true)
        #expect(symlink(outside, folder.path + "/j/.onward/drafts") == 0)
        let store = JournalStore(root: folder.path + "/j")
        #expect {
            try store.saveDraft(entry())
        } throws: { error in
            let text = (error as? StoreError)?.message ?? ""
            let reason = (error as? StoreError)?.reason ?? ""
            return text.contains(".onward/drafts in the journal is a symbolic link") && text.hasPrefix("Could not save your draft: ")
                && reason.contains(".onward/drafts in the journal is a symbolic link")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
    }

    @Test func linkedTrashIsRefused() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path + "/j")
        let stored = try store.create(entry())
        try FileManager.default.createDirectory(atPath: folder.path + "/elsewhere", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path + "/j/.onward", withIntermediateDirectories: true)
        #expect(symlink(folder.path + "/elsewhere", folder.path + "/j/.onward/trash") == 0)
        #expect(throws: StoreError.self) { try store.delete(stored.relativePath) }
        #expect(FileManager.default.fileExists(atPath: store.absolute(stored.relativePath)))
    }

    @Test func theJournalRootItselfMayBeALink() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        try FileManager.default.createDirectory(atPath: folder.path + "/synced", withIntermediateDirectories: true)
        #expect(symlink(folder.path + "/synced", folder.path + "/j") == 0)
        let store = JournalStore(root: folder.path + "/j")
        let stored = try store.create(entry())
        try store.saveDraft(entry("2026-11-27-1406-reflection"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/synced/" + stored.relativePath))
    }

    @Test func linkedFolderInEntriesIsReportedWhenReading() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        try FileManager.default.createDirectory(atPath: folder.path + "/j/entries", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path + "/out", withIntermediateDirectories: true)
        #expect(symlink(folder.path + "/out", folder.path + "/j/entries/2026") == 0)
        let snapshot = try JournalStore(root: folder.path + "/j").load()
        #expect(snapshot.problems.map(\.relativePath) == ["entries/2026"])
        #expect(snapshot.problems.first?.reason.contains("symbolic link") == true)
    }
}
