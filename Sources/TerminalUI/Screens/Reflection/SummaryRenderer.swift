import JournalCore

/// Lays out an entry for reading in the terminal: a short header from the front matter,
/// then each section with its heading in bold, wrapped by display width. Text is made
/// safe first, so nothing in it can act as a terminal escape.
public enum SummaryRenderer {
    public static func lines(for e: Entry, width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        func add(_ text: String, _ style: Style = .plain, indent: String = "") {
            let safe = SafeText.visible(text)
            for line in TextWrapper.lines(safe, width: max(10, width - indent.displayWidth)) {
                out.append(StyledLine(indent + line, style))
            }
        }
        add(e.title ?? e.displayTitle, .bold)
        var facts: [String] = []
        if let stage = e.stage { facts.append("reached: " + stage.label) }
        if let day = e.rejectedOn { facts.append("heard on " + DayFormat.short(day)) }
        if let delivery = e.delivery { facts.append("by " + delivery) }
        if !facts.isEmpty { add(facts.joined(separator: " · "), .dim) }
        if e.emotions.isEmpty, e.exercise != nil, let before = e.intensityBefore {
            // An exercise asks only the strength, not the feelings' names.
            add("Strength of the feelings: \(before)" + (e.intensityAfter.map { " → \($0)" } ?? ""))
        } else if !e.emotions.isEmpty || e.intensityBefore != nil {
            var feelings = "Feelings: " + (e.emotions.isEmpty ? "not named" : e.emotions.joined(separator: ", "))
            if let before = e.intensityBefore {
                feelings += " · strength \(before)"
                if let after = e.intensityAfter { feelings += " → \(after)" }
            }
            add(feelings)
        }
        if !e.values.isEmpty { add("Values: " + e.values.joined(separator: ", ")) }
        if let minutes = e.minutes { add("Time written: \(minutes) min", .dim) }
        var goals: [String] = []
        if let n = e.goalApplications { goals.append("\(n) applications") }
        if let n = e.goalContacts { goals.append("\(n) people to contact") }
        if !goals.isEmpty { add("This week: " + goals.joined(separator: ", ")) }
        if let note = e.followUpNote {
            add("Follow up: " + note + (e.followUp.map { " by " + DayFormat.short($0) } ?? ""))
        }
        if !e.preamble.isEmpty { out.append(StyledLine("")); add(e.preamble) }
        for section in e.sections {
            out.append(StyledLine(""))
            add(section.heading, [.bold, .underline])
            for line in section.body.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("### ") {
                    add(String(line.dropFirst(4)), .bold)
                } else if line.hasPrefix("- ") || line.hasPrefix("* ") {
                    let item = String(line.dropFirst(2))
                    let wrapped = TextWrapper.lines(SafeText.visible(item), width: max(10, width - 4))
                    for (i, w) in wrapped.enumerated() { out.append(StyledLine((i == 0 ? "  • " : "    ") + w)) }
                } else {
                    add(String(line))
                }
            }
        }
        return out
    }
}
