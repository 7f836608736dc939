import Foundation

/// The short exclusive lock every change to a journal is made under: `flock(2)` on the
/// journal folder itself, held only while one file is re-read, changed and written.
///
/// Locking the folder, not a file in `.onward`, means there is nothing to create: no file
/// that a FIFO or a link could stand in for, and a journal whose `.onward` is unusable (a
/// link, a read-only copy) can still be written safely.
///
/// It is separate from `JournalLock` (held as long as a screen is open): a `checkin --win`
/// from a shell may write while the screen is open, but never in the middle of its save.
/// Within one process the lock is re-entrant, so a store operation may call another (a
/// save updates the index), and threads of one process take turns.
enum JournalWriteLock {
    /// How long a writer waits for another one before giving up with a sentence.
    static let patience: Duration = .seconds(15)

    /// Runs `body` holding the write lock of the journal at `root`.
    static func holding<T>(_ root: String, store: JournalStore, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let path = root
        try enter(path, store: store, waiting: true)
        defer { leave(path) }
        return try body()
    }

    /// Runs `body` only when the lock is free right now, else returns nil without waiting:
    /// for writes that may be skipped, such as the derived index.
    static func ifFree<T>(_ root: String, store: JournalStore, _ body: () -> T) -> T? {
        let path = root
        guard (try? enter(path, store: store, waiting: false)) != nil else { return nil }
        defer { leave(path) }
        return body()
    }

    // MARK: Private

    /// One journal's lock in this process: which thread has it, how deep, and the locked file.
    private struct Held { var owner: pthread_t; var depth: Int; var fd: Int32 }

    /// Guards `table`; threads of this process wait on it for each other.
    private static let condition = NSCondition()
    /// The locks this process holds, by path; only touched with `condition` locked.
    nonisolated(unsafe) private static var table: [String: Held] = [:]

    private static func enter(_ path: String, store: JournalStore, waiting: Bool) throws(StoreError) {
        let me = pthread_self()
        condition.lock()
        let deadline = Date().addingTimeInterval(Double(patience.components.seconds))
        while let held = table[path] {
            if pthread_equal(held.owner, me) != 0 {
                table[path]!.depth += 1
                condition.unlock()
                return
            }
            guard waiting, condition.wait(until: deadline) else {
                condition.unlock()
                throw busy()
            }
        }
        table[path] = Held(owner: me, depth: 1, fd: -1)
        condition.unlock()
        // The flock is taken outside the mutex: waiting for another process must not stop
        // this process's threads from writing to other journals.
        do {
            let fd = try lockFile(path, store: store, waiting: waiting)
            condition.lock()
            table[path]!.fd = fd
            condition.unlock()
        } catch {
            condition.lock()
            table[path] = nil
            condition.broadcast()
            condition.unlock()
            throw error
        }
    }

    private static func leave(_ path: String) {
        condition.lock()
        defer { condition.unlock() }
        guard let held = table[path] else { return }
        if held.depth > 1 {
            table[path]!.depth -= 1
        } else {
            table[path] = nil
            if held.fd >= 0 { close(held.fd) }  // closing lets go of the flock
            condition.broadcast()
        }
    }

    private static func busy() -> StoreError {
        StoreError("Could not save: another onward kept the journal busy for \(patience.components.seconds) seconds; nothing was changed, so try again.")
    }

    /// Opens and locks the journal folder; -1 when it cannot be opened because the journal
    /// cannot be written at all (a read-only place), where the write itself will say why.
    private static func lockFile(_ path: String, store: JournalStore, waiting: Bool = true) throws(StoreError) -> Int32 {
        try store.requireOwnJournal()
        var fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 && errno == ENOENT {
            try store.prepare()
            fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
        guard fd >= 0 else {
            let code = errno
            if meansReadOnly(code) { return -1 }
            throw StoreError("The journal folder \(path) cannot be used: \(StoreError.explain(code)).")
        }
        let clock = ContinuousClock()
        let deadline = clock.now + patience
        var pause: UInt32 = 500
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK, waiting, clock.now < deadline else {
                close(fd)
                if code == EWOULDBLOCK { throw busy() }
                throw StoreError("Could not save: the journal folder \(path) cannot be locked (\(StoreError.explain(code))).")
            }
            // A writer holds it for a few milliseconds: start with short waits.
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        return fd
    }

    private static func meansReadOnly(_ code: Int32) -> Bool {
        code == EROFS || code == EACCES || code == EPERM
    }
}
