import ArgumentParser
import Foundation
import JournalCore

/// `onward stats`: counts, the check-in streak, mood and feelings trends, stages.
struct StatsCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Counts, check-in streak, mood and feelings trends, rejections by stage.")

    @OptionGroup var journal: JournalOptions

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Print a month-by-month calendar of the check-ins' mood (the last three months).")
    var calendar = false

    func run(in context: RunContext) throws {
        let console = context.console
        let (_, snapshot) = try context.loadIndexed()
        let today = context.now.day
        if calendar {
            let lines = MoodCalendar.lines(entries: snapshot.entries.lazy.map(\.entry), today: today)
            console.print(lines.isEmpty ? "No check-ins with a mood yet; the calendar fills in as you check in." : lines.joined(separator: "\n"))
            ProblemSummary.report(snapshot.problems, on: console)
            return
        }
        let stats = Stats(entries: snapshot.entries.lazy.map(\.entry), today: today)
        let records = ApplicationQuery.all(in: snapshot.entries)
        let settings = context.settings
        let goal = snapshot.entries.first { $0.entry.kind == .reflection && !$0.entry.isDraft && $0.entry.goalApplications != nil }?
            .entry.goalApplications ?? settings.goalApplications.value
        let funnel = records.isEmpty ? nil : ApplicationFunnel(records: records, today: today, weekStart: settings.weekStart.value, weeklyGoal: goal)
        if json {
            var document = StatsJSON(stats)
            document.applications = funnel.map(ApplicationFunnelJSON.init)
            console.print(JSONOutput.encode(document))
        } else {
            console.print(StatsReport.text(stats, console: console))
            // Observations only, and only with enough days on both sides.
            let findings = ActivityMood(entries: snapshot.entries.lazy.map(\.entry)).findings
            if !findings.isEmpty {
                console.print(console.bold("Mood alongside what you did:"))
                for f in findings { console.print("  " + VisibleText.line(f.sentence)) }
            }
            if let funnel { console.print(AppFunnelReport.text(funnel, console: console)) }
            ProblemSummary.report(snapshot.problems, on: console)
        }
    }
}
