/// Makes text that came from a file safe to draw: control characters become visible.
///
/// A journal file may contain anything (a pasted escape sequence, a bidi override that
/// reorders what the person sees). None of it may reach the terminal raw, so each such
/// scalar is replaced by a visible stand-in: C0 controls in caret notation (ESC is `^[`),
/// DEL as `^?`, C1 and bidi controls as `<U+202E>`.
public enum SafeText {
    /// How many spaces a tab becomes (the terminal's tab stops are not ours to rely on).
    public static let tabWidth = 4

    /// `text` with every unsafe scalar replaced by a visible form; newlines kept if `keepNewlines`.
    public static func visible(_ text: String, keepNewlines: Bool = true) -> String {
        // Fastest path: printable ASCII, checked on the bytes (a list of thousands of titles).
        let printable = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
        if printable == true { return text }
        // Fast path: most text has nothing to replace.
        if !text.unicodeScalars.contains(where: { isUnsafe($0) || $0 == "\t" || $0 == "\r" || $0 == "\n" }) {
            return text
        }
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n":
                // A CRLF pair was already turned into one newline below.
                if previousWasCR { continue }
                result.append(contentsOf: (keepNewlines ? "\n" : "^J").unicodeScalars)
            case "\r":
                // CRLF or a lone CR (old Mac files) both end a line.
                result.append(contentsOf: (keepNewlines ? "\n" : "^M").unicodeScalars)
            case "\t":
                result.append(contentsOf: String(repeating: " ", count: tabWidth).unicodeScalars)
            default:
                if isUnsafe(scalar) {
                    result.append(contentsOf: replacement(for: scalar).unicodeScalars)
                } else {
                    result.append(scalar)
                }
            }
        }
        return String(result)
    }

    /// Whether `scalar` must not be sent to the terminal as is.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F, 0x80...0x9F:
            return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0x2028, 0x2029:
            // Bidi marks, embeddings, overrides and isolates; line/paragraph separators.
            return true
        default:
            return false
        }
    }

    /// Whether `text` contains anything `visible(_:)` would change (other than newlines).
    public static func needsEscaping(_ text: String) -> Bool {
        text.unicodeScalars.contains { isUnsafe($0) && $0 != "\n" }
    }

    /// The visible stand-in for one unsafe scalar.
    static func replacement(for scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        if v < 0x20 {
            // Caret notation: 0x1B (ESC) is ^[, 0x00 is ^@.
            return "^" + String(Character(Unicode.Scalar(UInt8(v + 0x40))))
        }
        if v == 0x7F { return "^?" }
        var hex = String(v, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        return "<U+\(hex)>"
    }
}

extension String {
    /// This text with control and bidi characters made visible (see `SafeText`).
    public var terminalSafe: String { SafeText.visible(self) }
}
