// The one place this target names the C library (the monotonic clock): every file sees libc
// through this import, so no other file needs its own platform branches.
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#endif
