import Foundation

/// A fast reader for the flat front matter onward writes (`key: scalar`, `key: [a, b]`).
///
/// It answers nil for anything it is not sure about, and the caller then asks Yams;
/// a differential test keeps the two in agreement. Yams takes ~280 us an entry, this ~1 us.
enum FlatYAML {
    /// Parses the value text after `key:` on a single line, or nil when Yams must decide.
    static func parseValue(_ raw: Substring) -> YAMLValue? {
        // YAML separates with spaces and tabs only; `.whitespaces` would also eat U+00A0 and U+3000.
        let text = String(trimSpaces(raw))
        if text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL" { return .null }
        guard let first = text.unicodeScalars.first else { return .null }
        let value = parseValue(text, first: first)
        // Yams builds strings with Foundation, which drops a leading U+FEFF: let it decide those.
        if case .scalar(let s) = value, s.unicodeScalars.first == "\u{FEFF}" { return nil }
        return value
    }

    private static func parseValue(_ text: String, first: Unicode.Scalar) -> YAMLValue? {
        switch first {
        case "[":
            return parseFlowList(Substring(text)).map { .list($0) }
        case "\"":
            guard let (value, rest) = parseDoubleQuoted(Substring(text)), rest.allSatisfy({ $0 == " " }) else { return nil }
            return .scalar(value)
        case "'":
            guard let (value, rest) = parseSingleQuoted(Substring(text)), rest.allSatisfy({ $0 == " " }) else { return nil }
            return .scalar(value)
        default:
            return isSafePlain(Substring(text), inFlow: false) ? .scalar(text) : nil
        }
    }

    /// True for a plain scalar whose meaning is its text in every YAML reader.
    static func isSafePlain(_ text: Substring, inFlow: Bool) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ asciiSafePlain($0, inFlow: inFlow) }), let answer {
            return answer
        }
        return scalarSafePlain(text, inFlow: inFlow)
    }

    /// `isSafePlain` scalar by scalar, for any text.
    static func scalarSafePlain(_ text: Substring, inFlow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if "[]{}&*!|>'\"%@`#,?:".unicodeScalars.contains(first) { return false }
        if first == "-" {
            let second = text.unicodeScalars.dropFirst().first
            if second == nil || second == " " || second == "\t" || second == "-" { return false }
        }
        var previous: Unicode.Scalar = " "
        for s in text.unicodeScalars {
            if !isPrintable(s) { return false }
            if s == "#" && (previous == " " || previous == "\t") { return false }
            if previous == ":" && (s == " " || s == "\t") { return false }
            // In a flow list libyaml also stops at `:` before `,[]{}` or `?`: keep all colons for Yams there.
            if inFlow && "[]{},:".unicodeScalars.contains(s) { return false }
            previous = s
        }
        if previous == ":" { return false }
        return true
    }

    /// The same rules on bytes for text that is all printable ASCII (most values); nil for
    /// anything else. Walking scalars here was a seventh of parsing an entry.
    static func asciiSafePlain(_ b: UnsafeBufferPointer<UInt8>, inFlow: Bool) -> Bool? {
        guard let first = b.first else { return false }
        for byte in b where byte < 0x20 || byte > 0x7E { return nil }
        if "[]{}&*!|>'\"%@`#,?:".utf8.contains(first) { return false }
        if first == 0x2D {  // "-"
            let second: UInt8? = b.count > 1 ? b[1] : nil
            if second == nil || second == 0x20 || second == 0x2D { return false }
        }
        var previous: UInt8 = 0x20
        for s in b {
            if s == 0x23 && previous == 0x20 { return false }  // " #" starts a comment
            if previous == 0x3A && s == 0x20 { return false }  // ": " starts a mapping
            if inFlow && (s == 0x5B || s == 0x5D || s == 0x7B || s == 0x7D || s == 0x2C || s == 0x3A) { return false }
            previous = s
        }
        return previous != 0x3A
    }

    /// Reads `[a, "b", 'c']`, scalar by scalar (a quote followed by a combining mark is
    /// still a quote to YAML, though not a `Character` of its own).
    static func parseFlowList(_ text: Substring) -> [String]? {
        var inner = text.unicodeScalars[...]
        guard inner.first == "[", inner.last == "]" else { return nil }
        inner = inner.dropFirst().dropLast()
        func skipSpaces() { while inner.first == " " { inner = inner.dropFirst() } }
        var items: [String] = []
        skipSpaces()
        if inner.isEmpty { return [] }
        while true {
            skipSpaces()
            let item: String
            if inner.first == "\"" {
                guard let (v, rest) = parseDoubleQuoted(Substring(inner)) else { return nil }
                item = v; inner = rest.unicodeScalars[...]
            } else if inner.first == "'" {
                guard let (v, rest) = parseSingleQuoted(Substring(inner)) else { return nil }
                item = v; inner = rest.unicodeScalars[...]
            } else {
                let end = inner.firstIndex(of: ",") ?? inner.endIndex
                let plain = String(trimSpaces(Substring(inner[..<end])))
                guard !plain.isEmpty, isSafePlain(Substring(plain), inFlow: true) else { return nil }
                item = plain; inner = inner[end...]
            }
            guard !item.unicodeScalars.starts(with: ["\u{FEFF}"]) else { return nil }
            items.append(item)
            skipSpaces()
            if inner.isEmpty { return items }
            guard inner.first == "," else { return nil }
            inner = inner.dropFirst()
            // A trailing comma (`[a, b,]`) is legal YAML but rare: let Yams judge it.
            if inner.allSatisfy({ $0 == " " }) { return nil }
        }
    }

    /// Reads a double-quoted scalar at the start of `text`; returns it and what follows.
    static func parseDoubleQuoted(_ text: Substring) -> (String, Substring)? {
        var out = ""
        var scalars = text.unicodeScalars.dropFirst()[...]
        while let s = scalars.first {
            scalars = scalars.dropFirst()
            if s == "\"" { return (out, Substring(scalars)) }
            if s == "\\" {
                guard let e = scalars.first else { return nil }
                scalars = scalars.dropFirst()
                switch e {
                case "\"": out.unicodeScalars.append("\"")
                case "\\": out.unicodeScalars.append("\\")
                case "/": out.unicodeScalars.append("/")
                case "n": out.unicodeScalars.append("\n")
                case "t": out.unicodeScalars.append("\t")
                case "r": out.unicodeScalars.append("\r")
                case "0": out.unicodeScalars.append("\0")
                case "e": out.unicodeScalars.append("\u{1B}")
                case "u", "x", "U":
                    let count = e == "x" ? 2 : (e == "u" ? 4 : 8)
                    let hex = String(String.UnicodeScalarView(scalars.prefix(count)))
                    // `UInt32(_:radix:)` would also take a sign, which YAML does not.
                    guard hex.unicodeScalars.count == count, hex.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }),
                          let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) else { return nil }
                    out.unicodeScalars.append(u)
                    scalars = scalars.dropFirst(count)
                default: return nil
                }
            } else {
                if !isPrintable(s) { return nil }
                out.unicodeScalars.append(s)
            }
        }
        return nil
    }

    /// Reads a single-quoted scalar at the start of `text`, scalar by scalar (a quote followed
    /// by a combining mark is still a quote to YAML, though not a separate `Character`).
    static func parseSingleQuoted(_ text: Substring) -> (String, Substring)? {
        var out = ""
        var rest = text.unicodeScalars.dropFirst()[...]
        while let s = rest.first {
            rest = rest.dropFirst()
            if s == "'" {
                if rest.first == "'" { out.unicodeScalars.append("'"); rest = rest.dropFirst(); continue }
                return (out, Substring(rest))
            }
            if !isPrintable(s) { return nil }
            out.unicodeScalars.append(s)
        }
        return nil
    }

    /// YAML's printable set (tab, space and up, minus DEL, C1 controls, the BOM and non-characters);
    /// U+0085, U+2028 and U+2029 are line breaks to YAML 1.1, so they are refused too.
    static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v == 0x09 { return true }
        if v < 0x20 || v == 0x7F { return false }
        if (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF || v == 0xFFFE || v == 0xFFFF { return false }
        return true
    }

    static func trimSpaces(_ text: Substring) -> Substring {
        var t = text
        while let f = t.unicodeScalars.first, f == " " || f == "\t" { t = Substring(t.unicodeScalars.dropFirst()) }
        while let l = t.unicodeScalars.last, l == " " || l == "\t" { t = Substring(t.unicodeScalars.dropLast()) }
        return t
    }
}
