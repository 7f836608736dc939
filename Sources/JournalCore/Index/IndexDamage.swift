/// Why an index file was not used; every case leads to a rebuild, never to a crash.
public enum IndexDamage: Error, Equatable, Sendable {
    case missing
    case foreign
    case otherVersion
    case truncated
    case checksum
    case malformed
    /// Far larger than an index of the journal's files could be: rebuilt without being read whole.
    case oversized
}
