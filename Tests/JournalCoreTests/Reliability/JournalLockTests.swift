import Foundation
import Testing
@testable import JournalCore

/// One interactive onward per journal: the second is told who has it, and a lock
/// file left by a crash does not block.
@Suite("Journal lock")
struct JournalLockTests {
    @Test func secondInstanceIsToldThePID() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        let first = try #require(try JournalLock.acquire(store))
        // flock belongs to the open file, so a second open in this process conflicts like another process would.
        #expect(throws: JournalLock.Failure.heldByAnother(pid: getpid())) { try JournalLock.acquire(store, patience: 0) }
        let message = JournalLock.Failure.heldByAnother(pid: 4242).description
        #expect(message.hasPrefix("onward is already open on this journal (pid 4242)."))
        first.release()
        let again = try JournalLock.acquire(store)
        #expect(again != nil)
        #expect(mode(of: folder.path + "/.onward/lock") == 0o600)
        #expect(mode(of: folder.path + "/.onward") == 0o700)
    }

    @Test func aLockLetGoOfWhileWaitingIsTaken() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        let closing = try #require(try JournalLock.acquire(store))
        // The instance that is closing lets go 200 ms later; the new one waits for it rather than refusing.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { closing.release() }
        let lock = try JournalLock.acquire(store, patience: 40)
        #expect(lock != nil)
        #expect(throws: JournalLock.Failure.heldByAnother(pid: getpid())) { try JournalLock.acquire(store, patience: 1) }
    }

    @Test func leftoverLockFileFromACrashDoesNotBlock() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        try folder.write(".onward/lock", "999999\n")
        let lock = try JournalLock.acquire(JournalStore(root: folder.path))
        #expect(lock != nil)
        #expect(folder.read(".onward/lock").map { String(decoding: $0, as: UTF8.self) } == "\(getpid())\n")
    }

    @Test(.enabled(if: ["/usr/bin/flock", "/bin/flock"].contains { FileManager.default.isExecutableFile(atPath: $0) }, "flock(1) is not installed"))
    func lockHeldByAChildProcessIsSeenAndFreedWhenItDies() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        // A child takes the lock with flock(1) and is killed: the kernel must drop it.
        try FileManager.default.createDirectory(atPath: folder.path + "/.onward", withIntermediateDirectories: true)
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sh")
        // -o: flock itself holds the lock, not the command it runs, so killing flock frees it.
        child.arguments = ["-c", "exec flock -o -x \"$0\" sleep 30", folder.path + "/.onward/lock"]
        try child.run()
        defer { if child.isRunning { kill(child.processIdentifier, SIGKILL) } }
        let deadline = Date().addingTimeInterval(5)
        var blocked = false
        while Date() < deadline {
            if (try? JournalLock.acquire(store, patience: 0)) == nil { blocked = true; break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(blocked)
        kill(child.processIdentifier, SIGKILL)
        // Poll rather than waitUntilExit: Foundation waits for the grandchild `sleep` too.
        var freed = false
        let until = Date().addingTimeInterval(5)
        while Date() < until {
            if (try? JournalLock.acquire(store)) != nil { freed = true; break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(freed)
    }

    @Test func linkedStateFolderIsRefused() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        try folder.write("elsewhere/x", "x")
        #expect(symlink(folder.path + "/elsewhere", folder.path + "/journal/.onward") == 0 || {
            try? FileManager.default.createDirectory(atPath: folder.path + "/journal", withIntermediateDirectories: true)
            return symlink(folder.path + "/elsewhere", folder.path + "/journal/.onward") == 0
        }())
        #expect {
            try JournalLock.acquire(JournalStore(root: folder.path + "/journal"))
        } throws: { error in
            (error as? JournalLock.Failure).map { "\($0)".contains("symbolic link") } ?? false
        }
        #expect(!folder.exists("elsewhere/lock"))
    }
}
