/// Something wrong in the config file, with the line it is on (nil when the file as a whole is at fault).
public struct ConfigProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int?
    public var reason: String

    public init(line: Int?, _ reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { line.map { "line \($0): \(reason)" } ?? reason }
}
