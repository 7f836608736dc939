/// What the index knows of a file besides its path: size, modification and change times (in
/// nanoseconds) and inode. A record is used only while all four still match.
///
/// Size and mtime alone miss an edit that keeps the length and puts the time back (`touch -d`,
/// a sync tool, a same-second save); ctime cannot be set back by hand, and a file replaced by
/// another has a new inode.
struct FileStamp: Hashable, Comparable, Sendable {
    var size: Int
    var modified: Int64
    var changed: Int64
    var inode: UInt64

    init(size: Int, modified: Int64, changed: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    init(_ status: FileStatus) {
        self.init(size: status.size, modified: status.modified, changed: status.changed, inode: status.inode)
    }

    init(_ stored: StoredEntry) {
        self.init(size: stored.size, modified: stored.modified, changed: stored.changed, inode: stored.inode)
    }

    static func < (a: FileStamp, b: FileStamp) -> Bool {
        (a.modified, a.size, a.changed, a.inode) < (b.modified, b.size, b.changed, b.inode)
    }
}
