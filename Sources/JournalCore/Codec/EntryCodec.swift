/// Reads and writes entries as Markdown with YAML front matter (docs/FORMAT.md).
///
/// Writing is canonical, so a file onward wrote reads back to the same entry and writes
/// back to the same bytes; unknown keys and sections of hand-edited files are kept.
public enum EntryCodec {
    /// Parses a file's text. `fallbackID` (the file name) is used when the front matter has no `id`.
    public static func decode(_ source: String, fallbackID: EntryID? = nil) throws(CodecError) -> Entry {
        var text = source
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // Split on "\n" and drop a trailing "\r" from each line so CRLF files read the same.
        let lines = TextLines.split(text)
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            throw CodecError(line: 1, "the file does not start with front matter (a `---` line)")
        }
        guard let close = lines.dropFirst().firstIndex(where: { let t = $0.trimmingTrailingSpaces(); return t == "---" || t == "..." }) else {
            throw CodecError("the front matter is never closed with a `---` line")
        }
        let fields = try FrontMatterReader.read(Array(lines[1..<close]), firstLine: 2)
        var entry = try FrontMatterMapper.entry(from: fields, fallbackID: fallbackID)
        BodyParser.parse(lines[(close + 1)...], into: &entry)
        return entry
    }

    /// The file text for an entry.
    public static func encode(_ entry: Entry) -> String {
        var out = "---\n"
        // Comments found above the first key go back above it: written lower down they would
        // join the value of the key before them, and a stray control byte would then break it.
        let isLeadingComment = { (field: RawField) in field.key == FrontMatterReader.commentKey }
        for field in entry.extraFields where isLeadingComment(field) {
            out += field.text + "\n"
        }
        for (key, value) in FrontMatterMapper.fields(of: entry) {
            out += key + ": " + value + "\n"
        }
        for field in entry.extraFields where !isLeadingComment(field) {
            out += field.text + "\n"
        }
        out += "---\n"
        var blocks: [String] = []
        if let title = entry.title, !title.isEmpty { blocks.append("# " + title) }
        if !entry.preamble.isEmpty { blocks.append(entry.preamble) }
        for section in entry.sections {
            blocks.append(section.body.isEmpty ? "## " + section.heading : "## " + section.heading + "\n" + section.body)
        }
        if !blocks.isEmpty { out += blocks.joined(separator: "\n\n") + "\n" }
        return out
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var s = self
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return s
    }
}
