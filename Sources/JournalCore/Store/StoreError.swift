/// A failure of the journal on disk, worded as one sentence for the person.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    /// Why it failed in a few words, without the sentence around them ("the disk is full"), for
    /// a front end that words its own sentence; nil when the message is all there is.
    public var reason: String?
    /// True when the failure was only that an exclusively created file's name was taken.
    var nameTaken = false
    public init(_ message: String, reason: String? = nil) {
        self.message = message
        self.reason = reason
    }
    public var description: String { message }

    /// An unfinished session's draft that could not be written, because of `reason`.
    static func draftNotSaved(_ reason: String) -> StoreError {
        StoreError("Could not save your draft: \(reason).", reason: reason)
    }

    /// Words for an errno value (or a `FileSystemError` code), for callers outside the store.
    public static func explanation(of code: Int32) -> String { explain(code) }

    /// Words for an errno value, e.g. "the disk is full".
    static func explain(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission was denied"
        case EROFS: return "the file system is read-only"
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is used up"
        case ENOENT: return "it does not exist"
        case ENOTDIR: return "a part of the path is not a folder"
        case ELOOP: return "it is a symbolic link, which onward does not follow"
        case EISDIR: return "it is a folder"
        case EIO: return "the disk reported an input/output error"
        case FileSystemError.notRegularFile: return "it is not a regular file but a FIFO, a device or a socket"
        case FileSystemError.notOwnFolder:
            return "a folder on the way belongs to another user or can be written by others, and onward writes only into folders that are yours alone (chown it, or chmod go-w)"
        default: return String(cString: strerror(code))
        }
    }
}
