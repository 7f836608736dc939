/// Why a file could not be read as an entry; `description` is one sentence for a person.
public struct CodecError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line in the file, when known.
    public var line: Int?
    public var reason: String

    public init(line: Int? = nil, _ reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String {
        if let line { return "line \(line): \(reason)" }
        return reason
    }
}
