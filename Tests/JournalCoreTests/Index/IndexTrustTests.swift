import Foundation
import Testing
@testable import JournalCore

/// The index is used only for what it can prove: a file whose size and time came back to the
/// recorded ones after an edit, and an index far larger than the journal, are both caught.
@Suite("Index trust")
struct IndexTrustTests {
    /// The file's status, nanoseconds included.
    private func stat(_ path: String) throws -> Glibc.stat {
        var st = Glibc.stat()
        try #require(lstat(path, &st) == 0)
        return st
    }

    /// Waits (polling, with a deadline) until the kernel's file clock has moved past `ctime`,
    /// so the next write cannot share its timestamp: the clock files are stamped with is coarse.
    private func waitForTheFileClock(after ctime: timespec, in folder: String) throws {
        let probe = folder + "/.clock-probe"
        defer { unlink(probe) }
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            let fd = open(probe, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            try #require(fd >= 0)
            _ = write(fd, "x", 1)
            close(fd)
            let now = try stat(probe).st_ctim
            if (now.tv_sec, now.tv_nsec) > (ctime.tv_sec, ctime.tv_nsec) { return }
        }
        Issue.record("the file clock did not move in 5 s")
    }

    /// Overwrites `path` in place with `text` (same inode), then puts its modification time back.
    private func editInPlaceKeepingTime(_ path: String, _ text: String) throws {
        let before = try stat(path)
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        try #require(fd >= 0)
        let bytes = Array(text.utf8)
        try #require(bytes.count == Int(before.st_size), "the edit must keep the size")
        #expect(pwrite(fd, bytes, bytes.count, 0) == bytes.count)
        close(fd)
        var times = [before.st_atim, before.st_mtim]
        try #require(utimensat(AT_FDCWD, path, &times, 0) == 0)
        let after = try stat(path)
        try #require(after.st_size == before.st_size && after.st_mtim.tv_sec == before.st_mtim.tv_sec
                     && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec && after.st_ino == before.st_ino)
    }

    private func sameSizeEdit(_ journal: IndexTestJournal) throws -> String {
        let path = try #require(try journal.entryPaths().first { journal.folder.read($0).map { String(decoding: $0, as: UTF8.self).contains("Entry ") } ?? false })
        let full = journal.folder.path + "/" + path
        try waitForTheFileClock(after: try stat(full).st_ctim, in: journal.folder.path)
        let text = String(decoding: journal.folder.read(path)!, as: UTF8.self)
        try editInPlaceKeepingTime(full, text.replacingOccurrences(of: "# Entry ", with: "# Entr! "))
        return path
    }

    @Test func anEditKeepingSizeAndTimeIsNoticedByRefresh() throws {
        let journal = try IndexTestJournal(entries: 12)
        defer { journal.folder.cleanUp() }
        _ = try journal.index.refresh()
        let path = try sameSizeEdit(journal)

        let (snapshot, report) = try journal.index.refresh()
        #expect(report.reread == 2)  // the edited file and the broken one
        let edited = try #require(snapshot.entries.first { $0.relativePath == path })
        #expect(edited.entry.title?.hasPrefix("Entr! ") == true)
    }

    @Test func anEditKeepingSizeAndTimeIsNoticedByListAndSearch() throws {
        let journal = try IndexTestJournal(entries: 12)
        defer { journal.folder.cleanUp() }
        _ = try journal.index.refresh()
        let path = try sameSizeEdit(journal)

        let listed = try journal.index.select(EntryFilter())
        #expect(listed.entries.first { $0.relativePath == path }?.entry.title?.hasPrefix("Entr! ") == true)
        let found = try journal.index.search(Search(["Entr!"]))
        #expect(found.results.map(\.stored.relativePath) == [path])
        #expect(found.results.first?.stored.entry.title?.hasPrefix("Entr! ") == true)
    }

    @Test func aFileReplacedByAnotherOfTheSameSizeAndTimeIsNoticed() throws {
        let journal = try IndexTestJournal(entries: 8)
        defer { journal.folder.cleanUp() }
        _ = try journal.index.refresh()
        let path = try #require(try journal.entryPaths().first { journal.folder.read($0).map { String(decoding: $0, as: UTF8.self).contains("# Entry ") } ?? false })
        let full = journal.folder.path + "/" + path
        let before = try stat(full)
        let text = String(decoding: journal.folder.read(path)!, as: UTF8.self).replacingOccurrences(of: "# Entry ", with: "# Entr? ")
        // A sync tool's way: a new file beside it, the old time put on it, renamed over.
        try journal.folder.write(path + ".tmp", text)
        var times = [before.st_atim, before.st_mtim]
        try #require(utimensat(AT_FDCWD, full + ".tmp", &times, 0) == 0)
        try #require(rename(full + ".tmp", full) == 0)

        let (snapshot, _) = try journal.index.refresh()
        #expect(snapshot.entries.first { $0.relativePath == path }?.entry.title?.hasPrefix("Entr? ") == true)
    }

    @Test func anIndexFarLargerThanTheJournalIsRebuiltWithoutBeingRead() throws {
        let reads = ReadLog()
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path, fileSystem: LoggingFileSystem(log: reads))
        let index = JournalIndex(store: store)
        var rng = SplitMix64(seed: 5)
        for i in 0..<3 {
            let e = IndexTestJournal.entry(i, &rng)
            try folder.write(store.relativePath(for: e.id, created: e.day), EntryCodec.encode(e))
        }
        _ = try index.refresh()
        // A sparse file of 200 MB behind a valid start: cheap to make, ruinous to read.
        let fd = open(index.path, O_WRONLY | O_CLOEXEC)
        try #require(fd >= 0 && ftruncate(fd, 200 << 20) == 0)
        close(fd)

        reads.clear()
        let (snapshot, report) = try index.refresh()
        #expect(report.damage == .oversized)
        #expect(report.saved && snapshot.entries.count == 3)
        #expect(reads.largestRead(endingWith: "/.onward/index") == 0)
        #expect(try #require(store.fileSystem.status(index.path)).size < 1 << 20)

        // list and search do not read it whole either.
        let again = open(index.path, O_WRONLY | O_CLOEXEC)
        try #require(again >= 0 && ftruncate(again, 200 << 20) == 0)
        close(again)
        reads.clear()
        #expect(try index.select(EntryFilter()).entries.count == 3)
        #expect(try index.search(Search(["the"])).problems.isEmpty)
        #expect(reads.largestRead(endingWith: "/.onward/index") < 1 << 20)
    }

    @Test func anIndexLargerThanTheJournalCouldNeedIsNotTrusted() throws {
        let journal = try IndexTestJournal(entries: 3)
        defer { journal.folder.cleanUp() }
        let records = try journal.projectedLoad().entries
        // A well-formed index that claims far more than the three files could hold.
        let padded = records + Array(repeating: records[0], count: 20_000).enumerated().map { i, r in
            var copy = r
            copy.relativePath = "entries/2000/01/pad-\(i).md"
            return copy
        }
        try journal.folder.write(".onward/index", IndexFileFormat.encode(padded))
        let (snapshot, report) = try journal.index.refresh()
        #expect(report.damage == .oversized)
        expectSame(snapshot, try journal.projectedLoad())
    }
}

/// The sizes of the reads a `LoggingFileSystem` served.
final class ReadLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reads: [(path: String, bytes: Int)] = []

    func add(_ path: String, _ bytes: Int) { lock.withLock { reads.append((path, bytes)) } }
    func clear() { lock.withLock { reads.removeAll() } }
    func count(endingWith suffix: String) -> Int { lock.withLock { reads.filter { $0.path.hasSuffix(suffix) }.count } }
    func largestRead(endingWith suffix: String) -> Int {
        lock.withLock { reads.filter { $0.path.hasSuffix(suffix) }.map(\.bytes).max() ?? 0 }
    }
}

/// The real file system, noting how many bytes each whole-file read returned.
struct LoggingFileSystem: ForwardingFileSystem {
    let log: ReadLog
    var base = PosixFileSystem()

    func read(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
        let bytes = try base.read(path, limit: limit)
        log.add(path, bytes.count)
        return bytes
    }
    func readWithStatus(_ path: String, limit: Int) throws(FileSystemError) -> ([UInt8], FileStatus) {
        let (bytes, status) = try base.readWithStatus(path, limit: limit)
        log.add(path, bytes.count)
        return (bytes, status)
    }
    func items(in path: String, withStatus: Bool) throws(FileSystemError) -> [DirectoryItem] { try base.items(in: path, withStatus: withStatus) }
}
