import Foundation
import Testing
@testable import JournalCore

@Suite("git autocommit")
struct GitCommitterTests {
    /// `git` in the folder, with an identity so commits work on a bare machine.
    @discardableResult
    func git(_ folder: String, _ arguments: String...) throws -> String {
        let result = GitCommitter.run("git", ["-C", folder, "-c", "user.name=Test", "-c", "user.email=test@example.com"] + arguments)
        try #require(result.status == 0, "git \(arguments): \(result.output)")
        return result.output
    }

    func repository() throws -> (TempFolder, String) {
        let folder = try TempFolder()
        let root = folder.path + "/journal"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try git(root, "init", "--quiet")
        try git(root, "config", "user.name", "Test")
        try git(root, "config", "user.email", "test@example.com")
        return (folder, root)
    }

    @Test func eachSavedEntryIsOneCommitNamingIt() throws {
        let (folder, root) = try repository()
        defer { folder.cleanUp() }
        #expect(GitCommitter.isRepository(root))
        #expect(!GitCommitter.isRepository(folder.path))
        let problems = Problems()
        let store = JournalStore(root: root, fileSystem: CommittingFileSystem(root: root, committer: GitCommitter(root: root)) { problems.add($0) })
        let time = try timestamp("2026-11-27T14:05:00+01:00")
        var entry = Entry(id: EntryID.make(at: time, kind: .note, slugSource: "hello"), kind: .note, created: time)
        entry.title = "Hello"
        let saved = try store.create(entry)
        try store.saveDraft(entry)  // drafts are not committed
        #expect(try git(root, "log", "--format=%s") == "onward: save 2026-11-27-1405-note-hello\n")
        #expect(try git(root, "ls-files") == saved.relativePath + "\n")

        entry.preamble = "More words."
        try store.update(entry, at: saved.relativePath)
        try store.update(entry, at: saved.relativePath)  // the same text again changes nothing
        #expect(try git(root, "log", "--format=%s").split(separator: "\n").count == 2)

        // Something else the person staged is not swept into onward's commit.
        try "mine".write(toFile: root + "/other.txt", atomically: true, encoding: .utf8)
        try git(root, "add", "other.txt")
        try store.delete(saved.relativePath)
        #expect(try git(root, "log", "-1", "--format=%s") == "onward: move 2026-11-27-1405-note-hello to the trash\n")
        #expect(try git(root, "diff", "--cached", "--name-only") == "other.txt\n")
        #expect(problems.lines.isEmpty)
    }

    @Test func aGitFailureKeepsTheEntryAndIsOneLine() throws {
        let (folder, root) = try repository()
        defer { folder.cleanUp() }
        let problems = Problems()
        let committer = GitCommitter(root: root, git: "onward-no-such-git")
        let store = JournalStore(root: root, fileSystem: CommittingFileSystem(root: root, committer: committer) { problems.add($0) })
        let time = try timestamp("2026-11-27T14:05:00+01:00")
        let saved = try store.create(Entry(id: EntryID.make(at: time, kind: .note), kind: .note, created: time))
        #expect(FileManager.default.fileExists(atPath: root + "/" + saved.relativePath))
        #expect(problems.lines.count == 1)
        #expect(problems.lines.first?.hasPrefix("the entry is saved, but git could not commit the change (") == true)
        #expect(problems.lines.first?.contains("\n") == false)
    }

    /// Collects reported lines from the committer's callback.
    final class Problems: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [String] = []
        func add(_ line: String) { lock.withLock { stored.append(line) } }
        var lines: [String] { lock.withLock { stored } }
    }
}
