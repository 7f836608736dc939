import ArgumentParser
import Foundation
import JournalCore

/// `onward stats`: counts, the check-in streak, mood and feelings trends, stages.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Counts, check-in streak, mood and feelings trends, rejections by stage.")

    @OptionGroup var journal: JournalOptions

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Print a month-by-month calendar of the check-ins' mood (the last three months).")
    var calendar = false

    func run() throws {
        let (_, snapshot) = try journal.loadIndexed()
        let today = LocalTimestamp(Date()).day
        if calendar {
            let lines = MoodCalendar.lines(entries: snapshot.entries.lazy.map(\.entry), today: today)
            print(lines.isEmpty ? "No check-ins with a mood yet; the calendar fills in as you check in." : lines.joined(separator: "\n"))
            ProblemSummary.report(snapshot.problems)
            return
        }
        let settings = journal.settings
        // One pass, and only what is printed: the JSON has no activity observations.
        let summary = StatsSummary(entries: snapshot.entries, today: today, weekStart: settings.weekStart.value,
                                   defaultGoal: settings.goalApplications.value, withActivity: !json)
        if json {
            var document = StatsJSON(summary.stats)
            document.applications = summary.funnel.map(ApplicationFunnelJSON.init)
            print(JSONOutput.encode(document))
        } else {
            print(StatsReport.text(summary.stats))
            // Observations only, and only with enough days on both sides.
            if let findings = summary.activity?.findings, !findings.isEmpty {
                print(Console.bold("Mood alongside what you did:"))
                for f in findings { print("  " + VisibleText.line(f.sentence)) }
            }
            if let funnel = summary.funnel { print(AppFunnelReport.text(funnel)) }
            ProblemSummary.report(snapshot.problems)
        }
    }
}
