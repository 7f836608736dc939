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
        if calendar && json {
            console.print(JSONOutput.encode(MoodCalendarJSON(entries: snapshot.entries.lazy.map(\.entry), today: today)))
            return
        }
        if calendar {
            let lines = MoodCalendar.lines(entries: snapshot.entries.lazy.map(\.entry), today: today)
            console.print(lines.isEmpty ? "No check-ins with a mood yet; the calendar fills in as you check in." : lines.joined(separator: "\n"))
            ProblemSummary.report(snapshot.problems, on: console)
            return
        }
        let settings = context.settings
        // One pass, and only what is printed: the JSON has no activity observations.
        let summary = StatsSummary(entries: snapshot.entries, today: today, weekStart: settings.weekStart.value,
                                   defaultGoal: settings.goalApplications.value, withActivity: !json)
        if json {
            var document = StatsJSON(summary.stats)
            document.applications = summary.funnel.map(ApplicationFunnelJSON.init)
            console.print(JSONOutput.encode(document))
        } else {
            console.print(StatsReport.text(summary.stats, console: console))
            // Observations only, and only with enough days on both sides.
            if let findings = summary.activity?.findings, !findings.isEmpty {
                console.print(console.bold("Mood alongside what you did:"))
                for f in findings { console.print("  " + VisibleText.line(f.sentence)) }
            }
            if let funnel = summary.funnel { console.print(AppFunnelReport.text(funnel, console: console)) }
            ProblemSummary.report(snapshot.problems, on: console)
        }
    }
}
