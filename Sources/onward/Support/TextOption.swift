import ArgumentParser

/// Options that take a person's words (a role, a note, a win) are parsed `.unconditional`, so
/// `--role -dev` or `--note "-5 degrees outside"` keep their text instead of failing as a
/// missing value. What that gives up is the check that a value was not forgotten: this puts
/// back the likely case, an option name taken as the text.
enum TextOption {
    /// Refuses a value that begins with `--`: it is nearly always the next option, its own value missing.
    static func check(_ value: String?, _ flag: String) throws {
        guard let value, value.hasPrefix("--") else { return }
        let next = value.prefix { !$0.isWhitespace }
        throw ValidationError("\(flag) is missing its value (the next word, \(next), is an option); write \(flag)=\"...\" for text that begins with two dashes.")
    }
}
