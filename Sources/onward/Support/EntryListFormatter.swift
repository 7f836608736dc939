import JournalCore

/// The lines of `onward list`: date and time as written, kind, title and a short detail,
/// in aligned columns.
enum EntryListFormatter {
    static let maxTitleWidth = 44

    static func lines(_ entries: [StoredEntry]) -> [String] {
        let titles = entries.map { TextLayout.truncate(VisibleText.line($0.entry.displayTitle), to: maxTitleWidth) }
        let titleWidth = titles.map { ColumnWidth.of($0) }.max() ?? 0
        // The widest kind word, but "application" only widens the column when one is listed,
        // so journals without applications keep the columns they always had.
        let listed = entries.contains { $0.entry.kind == .application } ? EntryKind.allCases : EntryKind.allCases.filter { $0 != .application }
        let kindWidth = listed.map(\.rawValue.count).max() ?? 0
        return zip(entries, titles).map { stored, title in
            let e = stored.entry
            let when = e.day.description + " " + two(e.created.hour) + ":" + two(e.created.minute)
            let detail = self.detail(e)
            var line = when + "  " + TextLayout.pad(e.kind.rawValue, to: kindWidth) + "  "
                + (detail.isEmpty ? title : TextLayout.pad(title, to: titleWidth) + "  " + detail)
            // Byte test: reversing the line as Characters took two thirds of `search` at 10k results.
            while line.utf8.last == 0x20 { line.removeLast() }
            return line
        }
    }

    /// "(feelings 7→5)" for a reflection, "(mood 6)" for a check-in.
    static func detail(_ e: Entry) -> String {
        switch e.kind {
        case .reflection:
            switch (e.intensityBefore, e.intensityAfter) {
            case let (b?, a?): return "(feelings \(b)→\(a))"
            case let (b?, nil): return "(feelings \(b))"
            case let (nil, a?): return "(feelings →\(a))"
            default: return ""
            }
        case .checkin:
            return e.mood.map { "(mood \($0))" } ?? ""
        case .application:
            return "(" + VisibleText.line(ApplicationRecord(e).summaryWords) + ")"
        case .note:
            return e.tags.isEmpty ? "" : "(" + VisibleText.line(e.tags.map { "#" + $0 }.joined(separator: " ")) + ")"
        }
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
