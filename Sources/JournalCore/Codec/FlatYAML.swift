/// A fast reader for the flat front matter onward writes (`key: scalar`, `key: [a, b]`).
///
/// It answers nil for anything it is not sure about, and the caller then asks Yams;
/// a differential test keeps the two in agreement. Yams takes ~280 us an entry, this ~1 us.
enum FlatYAML {
    /// Parses the value text after `key:` on a single line, or nil when Yams must decide.
    static func parseValue(_ raw: Substring) -> YAMLValue? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL" { return .null }
        guard let first = text.unicodeScalars.first else { return .null }
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
        guard let first = text.unicodeScalars.first else { return false }
        if "[]{}&*!|>'\"%@`#,?:".unicodeScalars.contains(first) { return false }
        if first == "-" {
            let second = text.unicodeScalars.dropFirst().first
            if second == nil || second == " " || second == "-" { return false }
        }
        var previous: Unicode.Scalar = " "
        for s in text.unicodeScalars {
            if s.value < 0x20 && s != "\t" { return false }
            if s == "#" && (previous == " " || previous == "\t") { return false }
            if previous == ":" && (s == " " || s == "\t") { return false }
            if inFlow && "[]{},".unicodeScalars.contains(s) { return false }
            previous = s
        }
        if previous == ":" { return false }
        return true
    }

    static func parseFlowList(_ text: Substring) -> [String]? {
        guard text.hasPrefix("["), text.hasSuffix("]") else { return nil }
        var inner = text.dropFirst().dropLast()[...]
        var items: [String] = []
        inner = inner.drop(while: { $0 == " " })
        if inner.isEmpty { return [] }
        while true {
            inner = inner.drop(while: { $0 == " " })
            let item: String
            if inner.hasPrefix("\"") {
                guard let (v, rest) = parseDoubleQuoted(inner) else { return nil }
                item = v; inner = rest
            } else if inner.hasPrefix("'") {
                guard let (v, rest) = parseSingleQuoted(inner) else { return nil }
                item = v; inner = rest
            } else {
                let end = inner.firstIndex(of: ",") ?? inner.endIndex
                let plain = inner[..<end].trimmingCharacters(in: .whitespaces)
                guard !plain.isEmpty, isSafePlain(Substring(plain), inFlow: true) else { return nil }
                item = plain; inner = inner[end...]
            }
            items.append(item)
            inner = inner.drop(while: { $0 == " " })
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
                    guard hex.count == count, let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) else { return nil }
                    out.unicodeScalars.append(u)
                    scalars = scalars.dropFirst(count)
                default: return nil
                }
            } else {
                if s.value < 0x20 && s != "\t" { return nil }
                out.unicodeScalars.append(s)
            }
        }
        return nil
    }

    static func parseSingleQuoted(_ text: Substring) -> (String, Substring)? {
        var out = ""
        var rest = text.dropFirst()
        while let c = rest.first {
            rest = rest.dropFirst()
            if c == "'" {
                if rest.first == "'" { out.append("'"); rest = rest.dropFirst(); continue }
                return (out, rest)
            }
            out.append(c)
        }
        return nil
    }
}

import Foundation
