/// One interactive onward per journal: `flock(2)` on `.onward/lock`, held while the screen is open.
///
/// The kernel drops a flock when its process dies, so a file left behind by a crash never
/// blocks the next start; the pid written inside is only there for the message.
/// Non-interactive commands (`checkin --mood`, `export`) do not take it: they never touch
/// drafts and every write they make is one atomic rename, so they cannot damage an open session.
public final class JournalLock: @unchecked Sendable {
    private var fd: Int32
    /// The lock file's path.
    public let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    deinit { release() }

    /// Why the lock could not be taken, as one sentence for the person.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// Another process holds it; its pid when the file says so.
        case heldByAnother(pid: Int32?)
        case unusable(String)

        public var description: String {
            switch self {
            case .heldByAnother(let pid?):
                return "onward is already open on this journal (pid \(pid)). Close it first, so the two do not overwrite each other's draft."
            case .heldByAnother(nil):
                return "onward is already open on this journal. Close it first, so the two do not overwrite each other's draft."
            case .unusable(let message):
                return message
            }
        }
    }

    /// Takes the lock of the journal `store` or says who has it, after retrying every 50 ms
    /// `patience` times. Returns nil when the journal cannot be written at all (a read-only
    /// folder): then nothing can be damaged either.
    public static func acquire(_ store: JournalStore, patience: Int = 30) throws(Failure) -> JournalLock? {
        let folder = store.root + "/.onward"
        let path = folder + "/lock"
        do { try store.requireInsideJournal(path) } catch { throw .unusable(error.message) }
        do { try store.fileSystem.makeDirectories(folder) } catch {
            if Self.meansReadOnly(error.code) { return nil }
            throw .unusable("The lock file \(path) cannot be made: \(StoreError.explain(error.code)).")
        }
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let code = errno
            if Self.meansReadOnly(code) { return nil }
            throw .unusable("The lock file \(path) cannot be opened: \(StoreError.explain(code)).")
        }
        // An instance that is closing (quit, SIGHUP, a kill) can still hold the lock for a
        // moment after its terminal is gone, so a quick restart waits a little before refusing.
        var attemptsLeft = patience
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            if attemptsLeft > 0 {
                attemptsLeft -= 1
                usleep(50_000)
                continue
            }
            let holder = Self.readPID(fd)
            close(fd)
            throw .heldByAnother(pid: holder)
        }
        fchmod(fd, 0o600)
        let text = Array("\(getpid())\n".utf8)
        if ftruncate(fd, 0) == 0 {
            _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        }
        return JournalLock(fd: fd, path: path)
    }

    /// Lets go of the lock; the file stays (removing it would race with a starting instance).
    public func release() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
    }

    private static func meansReadOnly(_ code: Int32) -> Bool {
        code == EROFS || code == EACCES || code == EPERM
    }

    private static func readPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        let digits = buffer[..<n].prefix { $0 >= 0x30 && $0 <= 0x39 }
        return Int32(String(decoding: digits, as: UTF8.self))
    }
}
