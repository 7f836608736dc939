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
        let stats = Stats(entries: snapshot.entries.lazy.map(\.entry), today: today)
        let records = ApplicationQuery.all(in: snapshot.entries)
        let settings = journal.settings
        let goal = snapshot.entries.first { $0.entry.kind == .reflection && !$0.entry.isDraft && $0.entry.goalApplications != nil }?
            .entry.goalApplications ?? settings.goalApplications.value
        let funnel = records.isEmpty ? nil : ApplicationFunnel(records: records, today: today, weekStart: settings.weekStart.value, weeklyGoal: goal)
        if json {
            var document = StatsJSON(stats)
            document.applications = funnel.map(ApplicationFunnelJSON.init)
            print(JSONOutput.encode(document))
        } else {
            print(StatsReport.text(stats))
            // Observations only, and only with enough days on both sides.
            let findings = ActivityMood(entries: snapshot.entries.lazy.map(\.entry)).findings
            if !findings.isEmpty {
                print(Console.bold("Mood alongside what you did:"))
                for f in findings { print("  " + VisibleText.line(f.sentence)) }
            }
            if let funnel { print(AppFunnelReport.text(funnel)) }
            ProblemSummary.report(snapshot.problems)
        }
    }
}
