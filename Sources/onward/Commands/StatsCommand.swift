import ArgumentParser
import Foundation
import JournalCore

/// `onward stats`: counts, the check-in streak, mood and feelings trends, stages.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Counts, check-in streak, mood and feelings trends, rejections by stage.")

    @OptionGroup var journal: JournalOptions

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let (_, snapshot) = try journal.loadIndexed()
        let today = LocalTimestamp(Date()).day
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
            if let funnel { print(AppFunnelReport.text(funnel)) }
            ProblemSummary.report(snapshot.problems)
        }
    }
}
