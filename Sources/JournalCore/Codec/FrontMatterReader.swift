import Yams

/// One top-level key of the front matter with its exact lines and its value.
struct FrontMatterField {
    var key: String
    var text: String
    /// 1-based line of the key in the file.
    var line: Int
    var value: YAMLValue
}

/// Splits front matter into top-level keys and reads each value: the fast path for flat
/// lines, Yams for the rest (block lists, multi-line strings, nested maps).
enum FrontMatterReader {
    /// `lines` are the front matter lines (between the `---` lines); `firstLine` is the file line of the first.
    static func read(_ lines: [Substring], firstLine: Int) throws(CodecError) -> [FrontMatterField] {
        var blocks: [(key: String, start: Int, lines: [Substring])] = []
        for (offset, line) in lines.enumerated() {
            let lineNumber = firstLine + offset
            if isContinuation(line) {
                if blocks.isEmpty {
                    if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.drop(while: { $0 == " " }).hasPrefix("#") { continue }
                    throw CodecError(line: lineNumber, "the front matter starts with an indented line where a key was expected")
                }
                blocks[blocks.count - 1].lines.append(line)
                continue
            }
            guard let key = topLevelKey(line) else {
                throw CodecError(line: lineNumber, "expected `key: value` in the front matter but found \(quoted(line))")
            }
            if blocks.contains(where: { $0.key == key }) {
                throw CodecError(line: lineNumber, "the key `\(key)` appears twice in the front matter")
            }
            blocks.append((key, lineNumber, [line]))
        }
        return try blocks.map { block throws(CodecError) in
            let text = block.lines.joined(separator: "\n")
            let value: YAMLValue
            if block.lines.count == 1, let fast = FlatYAML.parseValue(afterKey(block.lines[0], key: block.key)) {
                value = fast
            } else {
                value = try slowValue(text, key: block.key, line: block.start)
            }
            return FrontMatterField(key: block.key, text: text, line: block.start, value: value)
        }
    }

    /// Lines that belong to the key above them: indented, block-list items, blank lines, comments.
    private static func isContinuation(_ line: Substring) -> Bool {
        guard let first = line.first else { return true }
        if first == " " || first == "\t" || first == "#" { return true }
        if first == "-" { return line.count == 1 || line.dropFirst().first == " " }
        return false
    }

    /// The key of a `key: value` line whose key is a plain word; nil for anything else.
    private static func topLevelKey(_ line: Substring) -> String? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let after = line.index(after: colon)
        guard after == line.endIndex || line[after] == " " || line[after] == "\t" else { return nil }
        let key = line[..<colon]
        guard !key.isEmpty, key.unicodeScalars.allSatisfy({
            ($0.value >= 0x30 && $0.value <= 0x39) || ($0.value >= 0x41 && $0.value <= 0x5a)
                || ($0.value >= 0x61 && $0.value <= 0x7a) || $0 == "_" || $0 == "-" || $0 == "."
        }) else { return nil }
        return String(key)
    }

    private static func afterKey(_ line: Substring, key: String) -> Substring {
        line.dropFirst(key.utf8.count + 1)
    }

    private static func slowValue(_ text: String, key: String, line: Int) throws(CodecError) -> YAMLValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw CodecError(line: line, "the value of `\(key)` is not valid YAML (\(yamsReason(error)))")
        }
        guard let mapping = node?.mapping, let value = mapping.first?.value else {
            throw CodecError(line: line, "the value of `\(key)` is not valid YAML")
        }
        return convert(value)
    }

    static func convert(_ node: Node) -> YAMLValue {
        switch node {
        case .scalar(let s):
            if s.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) { return .null }
            return .scalar(s.string)
        case .sequence(let seq):
            var items: [String] = []
            for item in seq {
                guard case .scalar(let s) = item else { return .other }
                items.append(s.string)
            }
            return .list(items)
        default:
            return .other
        }
    }

    private static func yamsReason(_ error: Error) -> String {
        if let y = error as? YamlError, case .scanner(let context, let problem, _, _) = y {
            return context.map { "\($0.text) \(problem)" } ?? problem
        }
        if let y = error as? YamlError, case .parser(let context, let problem, _, _) = y {
            return context.map { "\($0.text) \(problem)" } ?? problem
        }
        return "unreadable"
    }

    private static func quoted(_ line: Substring) -> String {
        let shown = line.prefix(40)
        return "\"\(shown)\(line.count > 40 ? "…" : "")\""
    }
}
