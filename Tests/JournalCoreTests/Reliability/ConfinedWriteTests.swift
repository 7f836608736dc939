import Foundation
import Testing
@testable import JournalCore

/// The mechanism under every write (issue 11): the atomic write of a confined file system
/// refuses links below the root and anything but a regular file as its target, whoever calls
/// it, and file times beyond what nanoseconds can hold do not overflow.
@Suite("Confined atomic writes")
struct ConfinedWriteTests {
    @Test func aWriteBelowTheRootNeverFollowsALink() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let root = folder.path + "/j", outside = folder.path + "/outside"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        #expect(symlink(outside, root + "/.onward") == 0)
        let fs = PosixFileSystem().confined(to: root)
        // The index's own save, which no caller checks for links.
        #expect(throws: FileSystemError(code: ELOOP, path: root + "/.onward")) { try fs.writeAtomically(root + "/.onward/index", [1, 2, 3]) }
        #expect(throws: FileSystemError.self) { try fs.makeDirectories(root + "/.onward/drafts") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
        // JournalIndex through the store: nothing lands outside either.
        let store = JournalStore(root: root)
        _ = try? JournalIndex(store: store).refresh()
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
        // Unconfined, the same path is followed (an export target may live behind a link).
        try PosixFileSystem().writeAtomically(root + "/.onward/index", [1])
        #expect(FileManager.default.fileExists(atPath: outside + "/index"))
    }

    @Test func onlyARegularFileIsEverReplaced() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let fs = PosixFileSystem()
        #expect(mkfifo(folder.path + "/fifo", 0o600) == 0)
        try FileManager.default.createDirectory(atPath: folder.path + "/dir", withIntermediateDirectories: true)
        #expect(symlink(folder.path + "/nowhere", folder.path + "/link") == 0)
        #expect(throws: FileSystemError(code: FileSystemError.notRegularFile, path: folder.path + "/fifo")) {
            try fs.writeAtomically(folder.path + "/fifo", [1])
        }
        #expect(throws: FileSystemError(code: EISDIR, path: folder.path + "/dir")) { try fs.writeAtomically(folder.path + "/dir", [1]) }
        #expect(throws: FileSystemError(code: ELOOP, path: folder.path + "/link")) { try fs.writeAtomically(folder.path + "/link", [1]) }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/nowhere"))
        // No temporary file is left by a refusal.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["dir", "fifo", "link"])
    }

    @Test func readingAFIFOReturnsAtOnce() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        #expect(mkfifo(folder.path + "/fifo", 0o600) == 0)
        let started = Date()
        #expect(throws: FileSystemError(code: FileSystemError.notRegularFile, path: folder.path + "/fifo")) {
            try PosixFileSystem().read(folder.path + "/fifo", limit: 100)
        }
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test func fileTimesPastTheYear2262DoNotOverflow() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        try folder.write("f", "x")
        // 2300-01-01: the nanoseconds since 1970 no longer fit in 64 bits.
        var times = [timespec(tv_sec: 10_413_792_000, tv_nsec: 5), timespec(tv_sec: 10_413_792_000, tv_nsec: 5)]
        #expect(utimensat(AT_FDCWD, folder.path + "/f", &times, 0) == 0)
        #expect(PosixFileSystem().status(folder.path + "/f")?.modified == Int64.max)
        #expect(PosixFileSystem.nanoseconds(seconds: -10_413_792_000, nanoseconds: 0) == Int64.min)
        #expect(PosixFileSystem.nanoseconds(seconds: 1, nanoseconds: 5) == 1_000_000_005)
    }

    @Test func aFolderOthersMayWriteIsRefused() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let root = folder.path + "/j"
        try FileManager.default.createDirectory(atPath: root + "/entries", withIntermediateDirectories: true)
        #expect(chmod(root + "/entries", 0o777) == 0)
        let fs = PosixFileSystem().confined(to: root)
        #expect(throws: FileSystemError(code: FileSystemError.notOwnFolder, path: root + "/entries")) {
            try fs.writeAtomically(root + "/entries/x.md", [1])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/entries").isEmpty)
    }
}
