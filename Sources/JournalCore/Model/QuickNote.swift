import Foundation

/// A note written in one go (the blank page, `onward note`): its first short line becomes the
/// title, the rest the body, and the text can be read back out of a draft to go on writing.
public enum QuickNote {
    /// A first line longer than this stays in the body, since a long heading reads badly.
    public static let titleLimit = 80

    /// The note entry for `text`, or nil when it holds nothing but white space.
    public static func entry(text: String, id: EntryID? = nil, created: LocalTimestamp) -> Entry? {
        let lines = TextLines.split(text.replacingOccurrences(of: "\r\n", with: "\n"))
        guard let first = lines.firstIndex(where: { !TextLines.isBlank($0) }) else { return nil }
        var e = Entry(id: id ?? EntryID.make(at: created, kind: .note), kind: .note, created: created)
        let heading = lines[first].trimmingCharacters(in: .whitespaces)
        let title = heading.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
        // A line that opens a section ("## ...") is the person's structure, not a title.
        if !heading.hasPrefix("##"), !title.isEmpty, title.count <= titleLimit {
            e.title = title
            e.preamble = Entry.trimBlankLines(Array(lines[(first + 1)...]))
        } else {
            e.preamble = Entry.trimBlankLines(Array(lines[first...]))
        }
        if id == nil { e.id = EntryID.make(at: created, kind: .note, slugSource: e.title) }
        return e
    }

    /// The text of a note as the person typed it: title, body and any sections.
    public static func text(of entry: Entry) -> String {
        var parts: [String] = []
        if let title = entry.title, !title.isEmpty { parts.append(title) }
        if !entry.preamble.isEmpty { parts.append(entry.preamble) }
        for section in entry.sections { parts.append("## " + section.heading + (section.body.isEmpty ? "" : "\n" + section.body)) }
        // A blank line after the title is how most people write a note; the file keeps none.
        return parts.joined(separator: "\n\n")
    }
}
