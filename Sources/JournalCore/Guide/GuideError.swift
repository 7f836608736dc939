/// Why a guide file could not be used, with the line it happened on.
public struct GuideError: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var reason: String
    public init(line: Int, _ reason: String) { self.line = line; self.reason = reason }
    public var description: String { "line \(line): \(reason)" }
}
