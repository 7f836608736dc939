import Foundation
import Testing
@testable import JournalCore

@Suite("Atomic writes")
struct AtomicWriteTests {
    static func entry(mood: Int) throws -> Entry {
        let t = try timestamp("2026-11-27T14:05:00+01:00")
        var e = Entry(id: EntryID.make(at: t, kind: .checkin), kind: .checkin, created: t)
        e.mood = mood
        e.setSection("Note", body: "mood was \(mood)")
        return e
    }

    /// True when permission bits do not stop this process (root), so a read-only folder must be simulated.
    static var permissionsAreIgnored: Bool { getuid() == 0 }

    @Test func noTempFilesLeftAfterSuccess() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let fs = PosixFileSystem()
        let path = folder.path + "/file.md"
        for i in 0..<20 { try fs.writeAtomically(path, Array("version \(i)\n".utf8)) }
        #expect(folder.allPaths() == ["file.md"])
        #expect(folder.read("file.md") == Array("version 19\n".utf8))
        #expect(mode(of: path) == 0o600)
    }

    @Test func rewriteTightensALoosenedMode() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let path = folder.path + "/file.md"
        try folder.write("file.md", "old")
        chmod(path, 0o644)
        try PosixFileSystem().writeAtomically(path, Array("new".utf8))
        #expect(mode(of: path) == 0o600)
    }

    @Test func emptyContentIsWritten() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        try PosixFileSystem().writeAtomically(folder.path + "/empty", [])
        #expect(folder.read("empty") == [])
    }

    @Test func failedRenameLeavesOldContentAndNoTempFile() throws {
        // A real failure after the temp file is written: the target is a folder, so rename fails.
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        try FileManager.default.createDirectory(atPath: folder.path + "/target.md", withIntermediateDirectories: false)
        try folder.write("target.md/keep", "old")
        #expect(throws: FileSystemError.self) { try PosixFileSystem().writeAtomically(folder.path + "/target.md", Array("new".utf8)) }
        #expect(folder.allPaths() == ["target.md", "target.md/keep"])
        #expect(folder.read("target.md/keep") == Array("old".utf8))
    }

    @Test func writeThroughASymlinkIsRefused() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        try folder.write("real.md", "mine")
        #expect(symlink(folder.path + "/real.md", folder.path + "/link.md") == 0)
        let error = #expect(throws: FileSystemError.self) { try PosixFileSystem().writeAtomically(folder.path + "/link.md", Array("x".utf8)) }
        #expect(error?.code == ELOOP)
        #expect(folder.read("real.md") == Array("mine".utf8))
        #expect(folder.allPaths() == ["link.md", "real.md"])
    }

    @Test func readRefusesLinksFoldersAndOversizedFiles() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let fs = PosixFileSystem()
        try folder.write("a.md", "12345")
        #expect(symlink(folder.path + "/a.md", folder.path + "/l.md") == 0)
        #expect(try fs.read(folder.path + "/a.md", limit: 5) == Array("12345".utf8))
        #expect((#expect(throws: FileSystemError.self) { try fs.read(folder.path + "/a.md", limit: 4) })?.code == EFBIG)
        #expect((#expect(throws: FileSystemError.self) { try fs.read(folder.path + "/l.md", limit: 100) })?.code == ELOOP)
        #expect((#expect(throws: FileSystemError.self) { try fs.read(folder.path, limit: 100) })?.code == EISDIR)
        #expect((#expect(throws: FileSystemError.self) { try fs.read(folder.path + "/none", limit: 100) })?.code == ENOENT)
        #expect(fs.kind(of: folder.path + "/l.md") == .symlink)
        #expect(fs.kind(of: folder.path) == .directory)
        #expect(fs.kind(of: folder.path + "/none") == .missing)
        #expect(try fs.list(folder.path).sorted() == ["a.md", "l.md"])
    }

    @Test func fullDiskKeepsOldContentAndSaysSoInOneSentence() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let root = folder.path + "/journal"
        let stored = try JournalStore(root: root).create(try Self.entry(mood: 4))
        let before = folder.read("journal/" + stored.relativePath)

        let full = JournalStore(root: root, fileSystem: FailingFileSystem(failing: [.write], code: ENOSPC))
        var changed = stored.entry
        changed.mood = 9
        let error = try #require(#expect(throws: StoreError.self) { try full.update(changed, at: stored.relativePath) })
        #expect(error.message.contains("the disk is full"))
        #expect(error.message.hasPrefix("Could not save"))
        #expect(error.message.hasSuffix("."))
        #expect(!error.message.contains("\n"))
        #expect(error.message.filter { $0 == "." }.count <= 2)  // ".md" and the full stop: one sentence
        #expect(folder.read("journal/" + stored.relativePath) == before)
        #expect(try JournalStore(root: root).load().entries.first?.entry.mood == 4)

        // A new entry and a draft fail the same way and leave nothing behind.
        #expect(throws: StoreError.self) { try full.create(try Self.entry(mood: 5)) }
        let draftError = #expect(throws: StoreError.self) { try full.saveDraft(try Self.entry(mood: 5)) }
        #expect(draftError?.message.contains("the disk is full") == true)
        #expect(draftError?.reason == "the disk is full")
        // The store says nothing about a screen: the screens word that themselves.
        #expect(draftError?.message.contains("screen") == false)
        #expect(!folder.allPaths().contains { $0.contains("tmp") })
        #expect(try JournalStore(root: root).load().entries.count == 1)
    }

    @Test(arguments: [(EACCES, "permission was denied"), (EROFS, "read-only"), (EDQUOT, "quota"), (EIO, "input/output")] as [(Int32, String)])
    func unwritableFolder(code: Int32, words: String) throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let root = folder.path + "/journal"
        let stored = try JournalStore(root: root).create(try Self.entry(mood: 4))
        let before = folder.read("journal/" + stored.relativePath)

        let store: JournalStore
        if Self.permissionsAreIgnored || code != EACCES {
            // Root writes through any mode bits, and a read-only mount cannot be made here: simulate both.
            store = JournalStore(root: root, fileSystem: FailingFileSystem(failing: [.write, .makeDirectories, .move, .remove], code: code))
        } else {
            chmod(root + "/entries/2026/11", 0o500)
            store = JournalStore(root: root)
        }
        defer { chmod(root + "/entries/2026/11", 0o700) }

        var changed = stored.entry
        changed.mood = 1
        let error = #expect(throws: StoreError.self) { try store.update(changed, at: stored.relativePath) }
        #expect(error?.message.contains(words) == true, "\(String(describing: error))")
        #expect(folder.read("journal/" + stored.relativePath) == before)
        if code != EACCES || Self.permissionsAreIgnored {
            let deleteError = #expect(throws: StoreError.self) { try store.delete(stored.relativePath) }
            #expect(deleteError?.message.contains("trash") == true)
            #expect(folder.exists("journal/" + stored.relativePath))
        }
    }

    @Test func unusableJournalFolderIsOneSentence() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path + "/new/journal", fileSystem: FailingFileSystem(failing: [.makeDirectories], code: EROFS))
        let error = #expect(throws: StoreError.self) { try store.prepare() }
        #expect(error?.message == "The journal folder \(folder.path)/new/journal cannot be used: the file system is read-only.")
        #expect(folder.allPaths().isEmpty)
    }
}
