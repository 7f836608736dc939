// The one place this target names the C library: every file sees libc through this import,
// so no other file needs its own platform branches.
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#endif
