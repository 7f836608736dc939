import Foundation
import Testing
@testable import JournalCore

/// The one guarded write path: every change takes a flock on the journal folder, re-reads the file it
/// changes, applies only the caller's change, and writes atomically.
@Suite("One guarded write path")
struct WritePathTests {
    func withJournal(_ body: (TempFolder, JournalStore) throws -> Void) throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        try body(folder, JournalStore(root: folder.path + "/journal"))
    }

    static func checkin(wins: [String] = []) throws -> Entry {
        let t = try timestamp("2026-11-27T14:05:00+01:00")
        var e = Entry(id: EntryID.make(at: t, kind: .checkin), kind: .checkin, created: t)
        e.wins = wins
        return e
    }

    /// True when another open file description could take the flock now (it is free).
    static func lockIsFree(_ store: JournalStore) -> Bool {
        let fd = open(store.root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return true }
        defer { close(fd) }
        return flock(fd, LOCK_EX | LOCK_NB) == 0
    }

    @Test func everyKindOfChangeHoldsTheWriteLockWhileItWrites() throws {
        try withJournal { _, store in
            let saved = try store.create(try Self.checkin())
            var seenDuringChange: Bool?
            try store.modify(saved.relativePath) { entry in
                seenDuringChange = Self.lockIsFree(store)
                entry.wins.append("a walk")
            }
            #expect(seenDuringChange == false, "the flock must be held while the change is made")
            #expect(Self.lockIsFree(store), "and let go afterwards")
            var insideBlock: Bool?
            try store.withWriteLock { () throws(StoreError) in insideBlock = Self.lockIsFree(store) }
            #expect(insideBlock == false)
        }
    }

    @Test func modifyReadsTheFileAsItIsNowNotAsItWas() throws {
        try withJournal { _, store in
            let saved = try store.create(try Self.checkin(wins: ["first"]))
            // Another writer adds a win after this one had read the file.
            var other = saved.entry
            other.wins.append("from the shell")
            try store.update(other, at: saved.relativePath)
            let result = try store.modify(saved.relativePath) { $0.wins.append("from the screen") }
            #expect(result.entry.wins == ["first", "from the shell", "from the screen"])
            guard case .success(let onDisk) = store.readEntry(saved.relativePath) else { Issue.record("unreadable"); return }
            #expect(onDisk.entry.wins == ["first", "from the shell", "from the screen"])
        }
    }

    @Test func modifyNeverWritesAFileItCannotRead() throws {
        try withJournal { folder, store in
            let saved = try store.create(try Self.checkin())
            try folder.write("journal/" + saved.relativePath, "---\nkind: [broken\n")
            let before = fingerprint(folder.read("journal/" + saved.relativePath))
            #expect(throws: StoreError.self) { try store.modify(saved.relativePath) { $0.mood = 3 } }
            #expect(fingerprint(folder.read("journal/" + saved.relativePath)) == before)
            #expect(throws: StoreError.self) { try store.modify("entries/2026/11/missing.md") { $0.mood = 3 } }
            #expect(!folder.exists("journal/entries/2026/11/missing.md"))
        }
    }

    @Test func parallelModifiesLoseNothing() throws {
        try withJournal { _, store in
            let saved = try store.create(try Self.checkin())
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 4) { worker in
                for i in 0..<15 {
                    do { try store.modify(saved.relativePath) { $0.wins.append("win \(worker)-\(i)") } } catch {
                        failures.add("\(error)")
                    }
                }
            }
            #expect(failures.all.isEmpty)
            guard case .success(let onDisk) = store.readEntry(saved.relativePath) else { Issue.record("unreadable"); return }
            #expect(onDisk.entry.wins.count == 60)
            #expect(Set(onDisk.entry.wins).count == 60)
        }
    }

    @Test func parallelCreatesOfOneIdGetTheirOwnFiles() throws {
        try withJournal { _, store in
            let entry = try Self.checkin(wins: ["same minute"])
            let paths = Failures()
            DispatchQueue.concurrentPerform(iterations: 6) { _ in
                if let saved = try? store.create(entry) { paths.add(saved.relativePath) }
            }
            #expect(paths.all.count == 6)
            #expect(Set(paths.all).count == 6)
            #expect(try store.load().entries.count == 6)
        }
    }

    @Test func aFileOnwardWouldRefuseIsNeverWritten() throws {
        try withJournal { folder, store in
            var withNUL = try Self.checkin()
            withNUL.preamble = "before\u{0}after"
            #expect(throws: StoreError.self) { try store.create(withNUL) }
            var huge = try Self.checkin()
            huge.preamble = String(repeating: "a", count: EntryFileReader.sizeLimit + 1)
            #expect(throws: StoreError.self) { try store.create(huge) }
            #expect(throws: StoreError.self) { try store.saveDraft(withNUL) }
            #expect(!folder.allPaths().contains { $0.hasSuffix(".md") })
        }
    }

    @Test func aWriterThatDiedButIsNotYetReapedCountsAsGone() throws {
        // A child that exits and is not waited for stays a zombie: kill(pid, 0) still succeeds.
        var pid: pid_t = 0
        var argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        defer { for p in argv { free(p) } }
        try #require(posix_spawn(&pid, "/bin/true", nil, nil, &argv, environ) == 0)
        defer { var status: Int32 = 0; waitpid(pid, &status, 0) }
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, JournalStore.isRunning(pid) { usleep(10_000) }
        #expect(kill(pid, 0) == 0, "still a zombie, not yet reaped")
        #expect(!JournalStore.isRunning(pid))
        #expect(JournalStore.isRunning(getpid()))
    }

    @Test func aLinkedOnwardFolderDoesNotStopAnEntryBeingSaved() throws {
        try withJournal { folder, store in
            try FileManager.default.createDirectory(atPath: store.root, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: folder.path + "/elsewhere", withIntermediateDirectories: true)
            #expect(symlink(folder.path + "/elsewhere", store.root + "/.onward") == 0)
            let saved = try store.create(try Self.checkin(wins: ["still saved"]))
            guard case .success(let onDisk) = store.readEntry(saved.relativePath) else { Issue.record("unreadable"); return }
            #expect(onDisk.entry.wins == ["still saved"])
            #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/elsewhere")) == [])
        }
    }
}

/// Strings gathered from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
