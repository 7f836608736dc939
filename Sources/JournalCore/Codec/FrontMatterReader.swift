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
        // Comment lines above the first key are kept as a pseudo-field `#` so a rewrite keeps them.
        var leadingComments: [Substring] = []
        var leadingLine = firstLine
        // A set, not a search of `blocks`: a hand-made file with 20,000 keys took 25 s otherwise.
        var seenKeys = Set<String>()
        for (offset, line) in lines.enumerated() {
            let lineNumber = firstLine + offset
            if isContinuation(line) {
                if blocks.isEmpty {
                    if TextLines.isBlank(line) { continue }
                    if line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#") {
                        if leadingComments.isEmpty { leadingLine = lineNumber }
                        leadingComments.append(line)
                        continue
                    }
                    throw CodecError(line: lineNumber, "the front matter starts with an indented line where a key was expected")
                }
                blocks[blocks.count - 1].lines.append(line)
                continue
            }
            guard let key = topLevelKey(line) else {
                throw CodecError(line: lineNumber, "expected `key: value` in the front matter but found \(quoted(line))")
            }
            if !seenKeys.insert(key).inserted {
                throw CodecError(line: lineNumber, "the key `\(key)` appears twice in the front matter")
            }
            blocks.append((key, lineNumber, [line]))
        }
        let comments = leadingComments.isEmpty ? [] : [
            FrontMatterField(key: commentKey, text: leadingComments.joined(separator: "\n"), line: leadingLine, value: .null)
        ]
        return try comments + blocks.map { block throws(CodecError) in
            let text = block.lines.joined(separator: "\n")
            let value: YAMLValue
            if block.lines.count == 1, let fast = FlatYAML.parseValue(afterKey(block.lines[0], key: block.key)) {
                value = fast
            } else {
                value = try slowValue(text, key: block.key, line: block.start, lineCount: block.lines.count)
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
        // On the bytes: a key is ASCII, and a `Character` search for `:` was a tenth of parsing.
        let utf8 = line.utf8
        guard let colon = utf8.firstIndex(of: 0x3A) else { return nil }
        let after = utf8.index(after: colon)
        guard after == utf8.endIndex || utf8[after] == 0x20 || utf8[after] == 0x09 else { return nil }
        let key = utf8[..<colon]
        guard !key.isEmpty, key.allSatisfy({
            ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5a) || ($0 >= 0x61 && $0 <= 0x7a) || $0 == 0x5F || $0 == 0x2D || $0 == 0x2E
        }) else { return nil }
        return String(line[..<colon])
    }

    private static func afterKey(_ line: Substring, key: String) -> Substring {
        line[line.utf8.index(line.startIndex, offsetBy: key.utf8.count + 1)...]
    }

    /// The key of the pseudo-field that holds comment lines found above the first key.
    static let commentKey = "#"

    private static func slowValue(_ text: String, key: String, line: Int, lineCount: Int) throws(CodecError) -> YAMLValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            let (reason, offset) = yamsReason(error)
            // Yams counts lines from 1 within this key's text; point at the line in the file.
            // (Yams may point just past the end, e.g. for an unclosed `[`: keep it on this key's lines.)
            throw CodecError(line: line + min(max(0, (offset ?? 1) - 1), lineCount - 1), "the value of `\(key)` is not valid YAML (\(reason))")
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

    /// A reason worded from Yams' error, and the 1-based line within the composed text.
    private static func yamsReason(_ error: Error) -> (String, Int?) {
        guard let y = error as? YamlError else { return ("unreadable", nil) }
        switch y {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return (context.map { "\($0.text) \(problem)" } ?? problem, mark.line)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ("the key \(duplicates.joined(separator: ", ")) appears twice", context.mark.line)
        case .reader(let problem, _, _, _):
            return (problem, nil)
        default:
            return ("unreadable", nil)
        }
    }

    private static func quoted(_ line: Substring) -> String {
        let shown = line.prefix(40)
        return "\"\(shown)\(line.count > 40 ? "…" : "")\""
    }
}
