import JournalCore

/// The lines of `onward list`: the id (as short as `onward show` still takes it), kind,
/// title and a short detail, in aligned columns.
enum EntryListFormatter {
    static let maxTitleWidth = 44

    static func lines(_ entries: [StoredEntry]) -> [String] {
        let titles = entries.map { TextFit.truncate(VisibleText.line($0.entry.displayTitle), toWidth: maxTitleWidth) }
        let titleWidth = titles.map { DisplayWidth.of($0) }.max() ?? 0
        // The widest kind word, but "application" only widens the column when one is listed,
        // so journals without applications keep the columns they always had.
        let listed = entries.contains { $0.entry.kind == .application } ? EntryKind.allCases : EntryKind.allCases.filter { $0 != .application }
        let kindWidth = listed.map(\.rawValue.count).max() ?? 0
        let ids = shortIDs(entries.map(\.entry.id.rawValue))
        let idWidth = ids.map(\.utf8.count).max() ?? 0
        return zip(zip(entries, titles), ids).map { pair, id in
            let (stored, title) = pair
            let e = stored.entry
            let detail = self.detail(e)
            var line = TextFit.padded(VisibleText.line(id), toWidth: idWidth) + "  " + TextFit.padded(e.kind.rawValue, toWidth: kindWidth) + "  "
                + (detail.isEmpty ? title : TextFit.padded(title, toWidth: titleWidth) + "  " + detail)
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

    /// Ids cut to their day and minute (`2026-11-27-1405`), which is what they start with and
    /// what a person types; an id that shares that start with another listed one stays whole.
    static func shortIDs(_ ids: [String]) -> [String] {
        let cut = ids.map { id -> String in
            let bytes = Array(id.utf8)
            // YYYY-MM-DD-HHMM: 15 bytes of digits and dashes, as every id onward makes starts.
            guard bytes.count > 15, bytes[15] == 0x2D, bytes[..<15].allSatisfy({ $0 == 0x2D || ($0 >= 0x30 && $0 <= 0x39) }) else { return id }
            return String(decoding: bytes[..<15], as: UTF8.self)
        }
        var uses: [String: Int] = [:]
        for c in cut { uses[c, default: 0] += 1 }
        return zip(ids, cut).map { id, c in uses[c] == 1 ? c : id }
    }
}
