/// Writes the flat front matter values onward owns, quoting only when a reader could misread them.
enum YAMLWriter {
    /// Words YAML 1.1 readers (and so many tools) would take as booleans or null.
    private static let reserved: Set<String> = [
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
    ]

    static func scalar(_ text: String, inFlow: Bool = false) -> String {
        if needsQuotes(text, inFlow: inFlow) { return doubleQuoted(text) }
        return text
    }

    static func list(_ items: [String]) -> String {
        "[" + items.map { scalar($0, inFlow: true) }.joined(separator: ", ") + "]"
    }

    static func needsQuotes(_ text: String, inFlow: Bool) -> Bool {
        if text.isEmpty { return true }
        if text.first == " " || text.last == " " { return true }
        if reserved.contains(text.lowercased()) { return true }
        if looksNumeric(text) { return true }
        return !FlatYAML.isSafePlain(Substring(text), inFlow: inFlow)
    }

    /// A string such as `7` or `1e3` would come back as a number from other YAML readers.
    private static func looksNumeric(_ text: String) -> Bool {
        Double(text) != nil || text.hasPrefix("0x") || text.hasPrefix("0o")
    }

    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for s in text.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if s.value < 0x20 || s.value == 0x7f || (0x80...0x9f).contains(s.value)
                    || s.value == 0x2028 || s.value == 0x2029 || s.value == 0xFEFF {
                    out += "\\u" + String(repeating: "0", count: 4 - String(s.value, radix: 16).count).prefix(4) + String(s.value, radix: 16)
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out + "\""
    }

    /// A number as a person writes it: `7.5`, `8`.
    static func number(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
