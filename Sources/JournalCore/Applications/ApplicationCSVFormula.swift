/// Keeps a spreadsheet from running a cell as a formula (CSV injection): a cell that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading apostrophe, as OWASP
/// advises, and the apostrophe is taken off again on import so a round trip gives the same text.
enum ApplicationCSVFormula {
    static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as written to a CSV file.
    static func neutralised(_ text: String) -> String {
        needsApostrophe(text) ? "'" + text : text
    }

    /// The cell as read from a CSV file: one apostrophe that `neutralised` added is removed.
    static func restored(_ text: String) -> String {
        guard text.first == "'", needsApostrophe(String(text.dropFirst())) else { return text }
        return String(text.dropFirst())
    }

    /// A trigger first, or apostrophes then a trigger: the latter so that text which itself
    /// starts with `'=` also comes back exactly.
    private static func needsApostrophe(_ text: String) -> Bool {
        guard let first = text.first(where: { $0 != "'" }) else { return false }
        return triggers.contains(first)
    }
}
