import JournalCore

/// The lines of the entry screen: a short header from the front matter (when and what, the
/// check-in's numbers, tags), then the entry as `SummaryRenderer` lays it out. Everything
/// from the file goes through `SafeText`, so no byte of it reaches the terminal raw.
public enum EntryLayout {
    /// The lines for a row of the browse list at `width` columns.
    public static func lines(for row: BrowseRow, width: Int) -> [StyledLine] {
        switch row {
        case .entry(let stored): return lines(for: stored.entry, width: width)
        case .unreadable(let problem): return unreadable(problem, width: width)
        }
    }

    /// A readable entry: header, then the body.
    public static func lines(for entry: Entry, width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        func add(_ text: String, _ style: Style = .plain) {
            for line in TextWrapper.lines(SafeText.visible(text), width: max(10, width)) { out.append(StyledLine(line, style)) }
        }
        let c = entry.created
        add("\(DayFormat.long(c.day)), \(two(c.hour)):\(two(c.minute)) · \(kindWord(entry.kind))", .dim)
        if entry.kind == .checkin {
            var numbers: [String] = []
            if let mood = entry.mood { numbers.append("mood \(mood)/10") }
            if let energy = entry.energy { numbers.append("energy \(energy)/10") }
            if let sleep = entry.sleepHours { numbers.append("slept \(hours(sleep)) h") }
            if !numbers.isEmpty { add(numbers.joined(separator: " · ")) }
            if !entry.selfCare.isEmpty { add("Self-care: " + entry.selfCare.joined(separator: ", ")) }
            var actions: [String] = []
            if let n = entry.applications { actions.append("\(n) application\(n == 1 ? "" : "s")") }
            if let n = entry.contacts { actions.append("\(n) contact\(n == 1 ? "" : "s")") }
            if !actions.isEmpty { add("Job search: " + actions.joined(separator: ", ")) }
            if !entry.wins.isEmpty { add("Wins: " + entry.wins.joined(separator: "; ")) }
        }
        if !entry.tags.isEmpty { add("Tags: " + entry.tags.joined(separator: ", "), .dim) }
        // The title (the renderer's first lines) goes above this header.
        let body = SummaryRenderer.lines(for: entry, width: width)
        let titleLines = min(body.count, TextWrapper.lines(SafeText.visible(entry.title ?? entry.displayTitle), width: max(10, width)).count)
        return Array(body.prefix(titleLines)) + out + body.dropFirst(titleLines)
    }

    /// A file that could not be read: the reason, and reassurance that it is untouched.
    public static func unreadable(_ problem: FileProblem, width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        func add(_ text: String, _ style: Style = .plain) {
            for line in TextWrapper.lines(SafeText.visible(text), width: max(10, width)) { out.append(StyledLine(line, style)) }
        }
        add("This file could not be read", .bold)
        out.append(StyledLine(""))
        add("Why: " + problem.reason + ".")
        out.append(StyledLine(""))
        add("onward leaves it exactly as it is and never rewrites it. You can open it in your editor with e, or move it to the trash with d.")
        return out
    }

    static func kindWord(_ kind: EntryKind) -> String {
        switch kind {
        case .reflection: return "reflection"
        case .checkin: return "check-in"
        case .note: return "note"
        case .application: return "application"
        }
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func hours(_ h: Double) -> String { h == h.rounded() ? String(Int(h)) : String(h) }
}
