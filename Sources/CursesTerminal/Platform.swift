// The one place this target names the C library (besides ncurses, through CNcursesw): every
// file sees libc through this import, and names glibc and Darwin spell differently are
// given one portable spelling here.
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#endif

extension sigaction {
    /// The handler a signal runs (a union field named differently by glibc and Darwin).
    var handler: (@convention(c) (Int32) -> Void)? {
        get {
            #if canImport(Darwin)
            return __sigaction_u.__sa_handler
            #else
            return __sigaction_handler.sa_handler
            #endif
        }
        set {
            #if canImport(Darwin)
            __sigaction_u.__sa_handler = newValue
            #else
            __sigaction_handler.sa_handler = newValue
            #endif
        }
    }
}
