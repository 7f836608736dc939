/// Where each record of a CSV text starts, in the file's own line numbers, and whether a quoted
/// field is left open at the end.
///
/// The CSV library gives records, not lines; a quoted field with a line break makes the two
/// differ, and a person looking for "line 4" in an editor needs the line. It follows the
/// library's reading of quotes (a quote opens a field only at its start; `""` inside a quoted
/// field is one quote), so the record numbers agree.
struct ApplicationCSVLines: Equatable, Sendable {
    /// The line on which record `i` starts (record 0 is the header).
    var starts: [Int]
    /// The line of the quote that opens a field never closed, if any.
    var unclosedQuoteLine: Int?
    /// The first line with a quote the library refuses: a lone one inside a field that does not
    /// start with a quote, or text right after a field's closing quote.
    var strayQuoteLine: Int?

    init(_ text: String, delimiter: Character) {
        enum State { case fieldStart, plain, quoteInPlain, quoted, quoteInQuoted }
        var state = State.fieldStart
        var line = 1
        var opened = 0
        var starts = [1]
        var stray: Int?
        scan: for c in text {
            switch state {
            case .fieldStart:
                if c == "\"" { state = .quoted; opened = line } else if c.isNewline { line += 1; starts.append(line) }
                else if c != delimiter && !c.isWhitespace { state = .plain }
            case .plain:
                if c == "\"" { state = .quoteInPlain } else if c == delimiter { state = .fieldStart }
                else if c.isNewline { line += 1; starts.append(line); state = .fieldStart }
            case .quoteInPlain:
                guard c == "\"" else { stray = line; break scan }
                state = .plain
            case .quoted:
                if c == "\"" { state = .quoteInQuoted } else if c.isNewline { line += 1 }
            case .quoteInQuoted:
                if c == "\"" { state = .quoted } else if c == delimiter { state = .fieldStart }
                else if c.isNewline { line += 1; starts.append(line); state = .fieldStart }
                else if !c.isWhitespace { stray = line; break scan }
            }
        }
        self.starts = starts
        strayQuoteLine = stray
        unclosedQuoteLine = stray == nil && state == .quoted ? opened : nil
    }

    /// The line record `i` starts on (the last line known when the text ends early).
    func line(ofRecord i: Int) -> Int { i < starts.count ? starts[i] : (starts.last ?? 1) }
}
