// The one place this target names the C library: every file sees libc through this import,
// so no other file needs its own platform branches. Where glibc and Darwin spell a field
// differently, the portable name is defined here, once.
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#endif

extension stat {
    /// The last modification time (`st_mtim` in glibc, `st_mtimespec` on Darwin).
    var modificationTime: timespec {
        #if canImport(Darwin)
        return st_mtimespec
        #else
        return st_mtim
        #endif
    }

    /// The last status change time (`st_ctim` in glibc, `st_ctimespec` on Darwin).
    var statusChangeTime: timespec {
        #if canImport(Darwin)
        return st_ctimespec
        #else
        return st_ctim
        #endif
    }
}

/// `read(2)` under a name no method shadows (a type with its own `read` hides the C one).
func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
