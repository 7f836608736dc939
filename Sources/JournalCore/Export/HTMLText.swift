/// Text made safe inside HTML: markup characters escaped, control characters shown as `^[`
/// (HTML cannot carry them, and a planted escape sequence must not survive into a file
/// someone may later `cat` to a terminal).
public enum HTMLText {
    /// Escapes `&`, `<`, `>`, `"`, `'` and makes controls visible; newlines and tabs are kept.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 {
                    out += "^" + String(UnicodeScalar(UInt8(v + 0x40)))
                } else if v == 0x7F {
                    out += "^?"
                } else if (0x80..<0xA0).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                    // C1 controls and bidi overrides could reorder what the reader sees.
                    out += "&lt;U+" + String(v, radix: 16, uppercase: true) + "&gt;"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Only the controls made visible (as `^[`, or `{U+202E}` for a bidi control), markup left
    /// as it is: the text given to the Markdown converter, which escapes markup itself.
    public static func visibleControls(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if scalar == "\n" || scalar == "\t" {
                out.unicodeScalars.append(scalar)
            } else if v < 0x20 {
                out += "^" + String(UnicodeScalar(UInt8(v + 0x40)))
            } else if v == 0x7F {
                out += "^?"
            } else if (0x80..<0xA0).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                out += "{U+" + String(v, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
