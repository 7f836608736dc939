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
        let stats = Stats(entries: snapshot.entries.lazy.map(\.entry), today: LocalTimestamp(Date()).day)
        if json {
            print(JSONOutput.encode(StatsJSON(stats)))
        } else {
            print(StatsReport.text(stats))
            ProblemSummary.report(snapshot.problems)
        }
    }
}
