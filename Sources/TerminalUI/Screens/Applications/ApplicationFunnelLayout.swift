import JournalCore

/// The applications funnel on the Insights trends page: bars for the applications that reached
/// each stage, the share that heard back, the wait for a first answer, and weekly additions
/// beside the goal. Counts only, in neutral words.
public enum ApplicationFunnelLayout {
    public static func lines(_ f: ApplicationFunnel, width: Int) -> [StyledLine] {
        var out: [StyledLine] = [StyledLine(""), StyledLine("Applications", [.bold, .underline])]
        let label = 22
        let barRoom = max(4, min(30, width - label - 8))
        let widest = max(1, f.stages.first?.reached ?? 1)
        func bar(_ n: Int) -> String { n == 0 ? "" : String(repeating: "█", count: max(1, n * barRoom / widest)) + " " }
        func row(_ name: String, _ value: String) {
            out.append(StyledLine(TextWrapper.truncate(TextWrapper.pad(name, toWidth: label) + value, toWidth: max(10, width))))
        }
        for stage in f.stages {
            row("  " + stage.stage.label, bar(stage.reached) + "\(stage.reached)")
        }
        var facts = "\(f.total) in all, \(f.open) open"
        if let share = ApplicationFunnel.percent(f.answered, of: f.total) { facts += "; \(share) heard back" }
        if let median = f.medianDaysToFirstAnswer {
            let days = median == median.rounded() ? String(Int(median)) : String(median)
            facts += "; a first answer took \(days) days (median)"
        }
        for line in TextWrapper.lines(facts + ".", width: max(10, width)) { out.append(StyledLine(line)) }
        let weeks = f.perWeek.map { String($0.added) }.joined(separator: " ")
        let goal = f.weeklyGoal.map { ", goal \($0) a week" } ?? ""
        for line in TextWrapper.lines("Added per week, oldest first: " + weeks + goal + ".", width: max(10, width)) {
            out.append(StyledLine(line, .dim))
        }
        return out
    }
}
