import JournalCore

/// The applications funnel in `onward stats`: counts and shares, in plain words.
enum AppFunnelReport {
    static func text(_ f: ApplicationFunnel, console: Console) -> String {
        var lines: [String] = []
        var head = "\(f.total) (\(f.open) open)"
        if let share = ApplicationFunnel.percent(f.answered, of: f.total) { head += " · any answer: \(f.answered) of \(f.total) (\(share))" }
        if let median = f.medianDaysToFirstAnswer { head += " · median \(YAMLNumber.text(median)) days to a first answer" }
        lines.append(console.bold("Applications:") + " " + head)
        lines.append("  reached: " + f.stages.map { "\($0.stage.label) \($0.reached)" }.joined(separator: " · "))
        let past = f.stages.dropLast().compactMap { row in
            ApplicationFunnel.percent(row.movedPast, of: row.reached).map { "\(row.stage.label) \($0)" }
        }
        if !past.isEmpty { lines.append("  moved past: " + past.joined(separator: " · ")) }
        let weeks = f.perWeek.map { String($0.added) }.joined(separator: " ")
        lines.append("  added per week, oldest first: " + weeks + (f.weeklyGoal.map { " (weekly goal \($0))" } ?? ""))
        return lines.joined(separator: "\n")
    }
}

/// A number as a person writes it: 9, 9.5.
enum YAMLNumber {
    static func text(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
}
