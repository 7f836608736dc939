import Foundation
import Testing
@testable import JournalCore

/// Disk faults while saving: a clear sentence, the last good draft untouched, no
/// temporary file left, and a retry that works once the fault is gone.
@Suite("Store under disk faults", .serialized)
struct StoreFaultTests {
    static let created = LocalTimestamp(parsing: "2026-11-27T14:05:00+01:00")!

    static func draft(_ text: String) -> Entry {
        var e = Entry(id: EntryID("2026-11-27-1405-reflection"), kind: .reflection, created: created)
        e.company = "Acme"
        e.setSection("Feelings", body: text)
        return e
    }

    static func draftBytes(_ store: JournalStore) -> [UInt8]? {
        try? store.fileSystem.read(store.draftsFolder + "/2026-11-27-1405-reflection.md", limit: .max)
    }

    static func temporaryFiles(under root: String) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? []).filter { $0.contains(".tmp-") }
    }

    @Test(arguments: [(ENOSPC, "the disk is full"), (EROFS, "the file system is read-only"), (EIO, "the disk reported an input/output error")])
    func failedDraftSaveKeepsTheLastGoodOne(fault: (Int32, String)) throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let good = JournalStore(root: folder.path)
        try good.saveDraft(Self.draft("first words"))
        let before = Self.draftBytes(good)
        let failing = JournalStore(root: folder.path, fileSystem: FailingFileSystem(failing: [.write], code: fault.0))
        #expect {
            try failing.saveDraft(Self.draft("first words and more"))
        } throws: { error in
            // The sentence for the command line, and the reason alone for a screen to word its own.
            let failure = error as? StoreError
            return failure?.message == "Could not save your draft: \(fault.1)." && failure?.reason == fault.1
        }
        #expect(Self.draftBytes(good) == before)
        try good.saveDraft(Self.draft("first words and more"))  // the retry, once the fault is gone
        #expect(String(decoding: Self.draftBytes(good) ?? [], as: UTF8.self).contains("first words and more"))
    }

    @Test func failedEntrySaveLeavesNoFileAndKeepsTheDraft() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let good = JournalStore(root: folder.path)
        try good.saveDraft(Self.draft("words"))
        let failing = JournalStore(root: folder.path, fileSystem: FailingFileSystem(failing: [.write], code: ENOSPC))
        #expect(throws: StoreError("Could not save entries/2026/11/2026-11-27-1405-reflection.md: the disk is full.")) {
            try failing.create(Self.draft("words"))
        }
        #expect(try good.load().entries.isEmpty)
        #expect(good.drafts().count == 1)
    }

    @Test(.enabled(if: ScratchMount.isAvailable, "no tmpfs can be mounted here; the injected faults above cover the logic"))
    func realFullDiskKeepsTheLastGoodDraft() throws {
        let mount = try #require(ScratchMount.make(size: "64k"))
        defer { mount.unmount() }
        let store = JournalStore(root: mount.path + "/journal")
        try store.saveDraft(Self.draft("short"))
        let before = Self.draftBytes(store)
        // Fill the disk, then try to save a draft larger than what is left.
        let filler = mount.path + "/filler"
        // CLOEXEC: a child another test spawns meanwhile (tmux, flock) must not inherit the
        // filler and keep its space in use after the unlink below (a CI run failed that way).
        let fd = open(filler, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        var chunk = [UInt8](repeating: 0x61, count: 4096)
        while chunk.withUnsafeMutableBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
        close(fd)
        let long = String(repeating: "I keep writing because it helps. ", count: 1000)
        #expect {
            try store.saveDraft(Self.draft(long))
        } throws: { error in
            (error as? StoreError)?.message.contains("the disk is full") == true
        }
        #expect(Self.draftBytes(store) == before)
        #expect(Self.temporaryFiles(under: mount.path).isEmpty)
        unlink(filler)
        try store.saveDraft(Self.draft(long))
        #expect(String(decoding: Self.draftBytes(store) ?? [], as: UTF8.self).contains("because it helps"))
    }

    @Test(.enabled(if: ScratchMount.isAvailable, "no tmpfs can be mounted here"))
    func realReadOnlyJournalSaysSoAndStillReads() throws {
        let mount = try #require(ScratchMount.make(size: "1m"))
        defer { mount.unmount() }
        let store = JournalStore(root: mount.path + "/journal")
        try store.create(Self.draft("kept"))
        try store.saveDraft(Self.draft("draft"))
        try #require(mount.makeReadOnly(), "a tmpfs mounted here could not be made read-only")
        #expect {
            try store.saveDraft(Self.draft("draft and more"))
        } throws: { error in
            (error as? StoreError)?.message == "Could not save your draft: the file system is read-only."
                && (error as? StoreError)?.reason == "the file system is read-only"
        }
        #expect(try store.load().entries.count == 1)
        #expect(store.drafts().count == 1)
        #expect(try JournalLock.acquire(store) == nil)  // nothing can be damaged, so no lock is needed
    }

    @Test func journalDeletedWhileOpenIsMadeAgainOnTheNextSave() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path + "/journal")
        try store.saveDraft(Self.draft("before"))
        try FileManager.default.removeItem(atPath: store.root)
        try store.saveDraft(Self.draft("before and after"))
        #expect(String(decoding: Self.draftBytes(store) ?? [], as: UTF8.self).contains("before and after"))
        #expect(mode(of: store.root) == 0o700)
    }
}
