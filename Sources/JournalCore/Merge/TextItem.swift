/// One piece of a body text that a three-way merge keeps or drops whole: a paragraph, a list
/// item with its indented lines, a heading, or a fenced block.
struct TextItem: Equatable, Sendable {
    /// What kind of block it is; it decides whether a blank line must stand before the next one.
    enum Kind: Equatable, Sendable { case paragraph, listItem, heading, fence }

    /// The item's lines as written, joined with newlines.
    var text: String
    /// The blank lines that stood before it, as written (they may hold spaces).
    var blankLinesBefore: [Substring]
    var kind: Kind

    /// What two items are compared by: the lines without their trailing spaces, so an editor
    /// that trims them does not turn an untouched item into a changed one.
    var identity: String {
        TextLines.split(text).map { line in
            var end = line.endIndex
            while end > line.startIndex, line[line.index(before: end)] == " " || line[line.index(before: end)] == "\t" {
                end = line.index(before: end)
            }
            return line[..<end]
        }.joined(separator: "\n")
    }
}
