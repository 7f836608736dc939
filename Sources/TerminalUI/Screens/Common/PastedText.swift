/// How pasted text goes into the one-line answers of the screens: its lines joined with
/// spaces (or kept, marked), inserted at the cursor and never submitted.
public enum PastedText {
    /// The lines of `text` trimmed and joined by one space; blank lines dropped, tabs as spaces.
    public static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline)
            .map { $0.replacingOccurrences(of: "\t", with: " ").trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// The lines of `text` joined by `mark` (trailing blank lines dropped; a `mark` already in the
    /// text becomes a space, so every mark stands for a line break).
    public static func marked(_ text: String, mark: Character) -> String {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)[...]
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines = lines.dropLast() }
        return lines.map { String($0.replacingOccurrences(of: "\t", with: " ").map { $0 == mark ? " " : $0 }) }
            .joined(separator: String(mark))
    }
}

extension TextField {
    /// Inserts already one-line `text` at the cursor, up to the field's limit; returns whether all of it fit.
    @discardableResult
    public mutating func insertPasted(_ text: String) -> Bool {
        let characters = Array(self.text)
        let at = min(max(0, cursor), characters.count)
        var piece = text
        var fitted = true
        if let limit = maxLength, characters.count + piece.count > limit {
            piece = String(piece.prefix(max(0, limit - characters.count)))
            fitted = false
        }
        self.text = String(characters[..<at]) + piece + String(characters[at...])
        cursor = at + piece.count
        return fitted
    }
}
