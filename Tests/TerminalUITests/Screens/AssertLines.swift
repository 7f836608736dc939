import Testing
@testable import TerminalUI

/// Asserts the whole screen, row by row (trailing blanks ignored), and shows the screen as it is
/// when a row differs, so a layout change is seen whole rather than as one missing word.
func assertLines(_ buffer: ScreenBuffer, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = buffer.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    let wanted = expected.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    if actual.count != wanted.count {
        Issue.record("\(actual.count) rows, expected \(wanted.count):\n\(actual.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return
    }
    for (n, (a, w)) in zip(actual, wanted).enumerated() where a != w {
        Issue.record("row \(n) is\n  \"\(a)\"\nexpected\n  \"\(w)\"\nscreen:\n\(actual.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return
    }
}
