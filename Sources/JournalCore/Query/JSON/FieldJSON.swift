/// One entry field's value in `--json` output: a string (text, day, choice), a whole number, a
/// number, a boolean or a list of strings.
public enum FieldJSON: Codable, Equatable, Sendable {
    case text(String), whole(Int), number(Double), flag(Bool), list([String])

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .text(let v): try c.encode(v)
        case .whole(let v): try c.encode(v)
        case .number(let v): try c.encode(v)
        case .flag(let v): try c.encode(v)
        case .list(let v): try c.encode(v)
        }
    }

    /// Reads a value back by the shape its field declares, so `8` stays a number of hours, not a whole number.
    init(from decoder: Decoder, shape: EntryField.Shape) throws {
        let c = try decoder.singleValueContainer()
        switch shape {
        case .text, .day, .choice: self = .text(try c.decode(String.self))
        case .whole: self = .whole(try c.decode(Int.self))
        case .number: self = .number(try c.decode(Double.self))
        case .flag: self = .flag(try c.decode(Bool.self))
        case .list: self = .list(try c.decode([String].self))
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let v = try? c.decode(Bool.self) { self = .flag(v) }
        else if let v = try? c.decode(Int.self) { self = .whole(v) }
        else if let v = try? c.decode(Double.self) { self = .number(v) }
        else if let v = try? c.decode(String.self) { self = .text(v) }
        else { self = .list(try c.decode([String].self)) }
    }
}
