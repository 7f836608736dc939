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
        // Readers strip spaces and tabs around a plain scalar.
        if let f = text.unicodeScalars.first, f == " " || f == "\t" { return true }
        if let l = text.unicodeScalars.last, l == " " || l == "\t" { return true }
        if reserved.contains(text.lowercased()) { return true }
        if looksNumeric(text) { return true }
        return !FlatYAML.isSafePlain(Substring(text), inFlow: inFlow)
    }

    /// A string such as `7`, `1e3`, `1_000`, `12:30` (base 60 in YAML 1.1) or `.inf` would come
    /// back as a number from other YAML readers; quoting one that would not costs nothing.
    private static func looksNumeric(_ text: String) -> Bool {
        if Double(text) != nil { return true }
        let lower = text.lowercased()
        if ["0x", "0o", "0b", "+0x", "-0x", "+0b", "-0b"].contains(where: { lower.hasPrefix($0) }) { return true }
        if [".inf", "+.inf", "-.inf", ".nan"].contains(lower) { return true }
        let numberish = lower.unicodeScalars.allSatisfy { "0123456789+-._:e".unicodeScalars.contains($0) }
        return numberish && lower.unicodeScalars.contains { $0.properties.numericType != nil }
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
                if !FlatYAML.isPrintable(s) {
                    let hex = String(s.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
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
