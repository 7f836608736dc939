import JournalCore

/// The trends page's noticing part: the mood calendar and what went with better days,
/// worded as observations, never as advice or a cause.
public enum NoticingLayout {
    /// The lines for `entries` (front matter is enough), ending `today`, at `width` columns.
    public static func lines(entries: [Entry], today: LocalDay, width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        func add(_ text: String, _ style: Style = .plain) {
            for line in TextWrapper.lines(SafeText.visible(text), width: max(10, width)) { out.append(StyledLine(line, style)) }
        }
        out.append(StyledLine(""))
        add("Mood calendar", [.bold, .underline])
        let calendar = MoodCalendar.lines(entries: entries, today: today, months: 3)
        if calendar.isEmpty {
            add("No check-in has a mood yet; each day's mood fills in a square here.")
        } else {
            // The grid's columns line up only as written: it is 21 columns wide and never wrapped.
            for line in calendar { out.append(StyledLine(TextWrapper.truncate(line, toWidth: max(10, width)), line.hasPrefix("mood 1-9") ? .dim : .plain)) }
        }
        out.append(StyledLine(""))
        add("What went with your days", [.bold, .underline])
        let findings = ActivityMood(entries: entries).findings
        if findings.isEmpty {
            add("Nothing to notice yet: each thing needs at least \(ActivityMood.minimumDays) check-ins with it and \(ActivityMood.minimumDays) without.")
        } else {
            for f in findings { add("• " + f.sentence.prefix(1).uppercased() + f.sentence.dropFirst() + ".") }
            add("Observations from your check-ins, not causes.", .dim)
        }
        return out
    }
}
