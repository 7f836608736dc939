/// Small conveniences for interpreting keys in widgets and screens.
extension Key {
    /// The typed character, if this key types one (Enter and Tab do not).
    public var typedCharacter: Character? {
        if case .character(let c) = self { return c }
        return nil
    }

    /// True for the typed digit keys 0-9.
    public var isDigit: Bool {
        guard let c = typedCharacter else { return false }
        return c.isASCII && c.isNumber
    }

    /// The ASCII digit value of a typed digit key.
    public var digitValue: Int? {
        guard isDigit, let c = typedCharacter else { return nil }
        return c.wholeNumberValue
    }
}
