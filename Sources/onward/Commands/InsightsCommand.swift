import ArgumentParser
import JournalCore

/// `onward insights [achievements|lessons|wins]`: the bullet lists gathered across all entries.
struct InsightsCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "insights", abstract: "Every achievement and lesson you wrote (or every small win), newest first.")

    @OptionGroup var journal: JournalOptions

    @Argument(help: ArgumentHelp("Only achievements, only lessons, or every small win.", valueName: "achievements|lessons|wins"))
    var which: String?

    @Flag(help: "Print JSON.")
    var json = false

    private var wantsWins: Bool { ["wins", "win"].contains(which?.lowercased() ?? "") }

    func validate() throws {
        if !wantsWins { _ = try kinds() }
    }

    func run(in context: RunContext) throws {
        let console = context.console
        let (_, snapshot) = try context.loadIndexed()
        if wantsWins {
            let wins = Wins(entries: snapshot.entries.lazy.map(\.entry)).items
            var lines = [console.bold("Small wins (\(wins.count))")]
            if wins.isEmpty { lines.append("  None yet: the check-in and the reflection each ask for one small win.") }
            for win in wins {
                lines.append("  - " + VisibleText.line(win.text))
                lines.append("    " + console.dim("\(win.day)  " + VisibleText.line(win.entryTitle) + "  (\(win.entryID))"))
            }
            console.print(lines.joined(separator: "\n"))
            ProblemSummary.report(snapshot.problems, on: console)
            return
        }
        let insights = Insights(entries: snapshot.entries.lazy.map(\.entry), kinds: try kinds())
        if json {
            console.print(JSONOutput.encode(InsightsJSON(insights)))
            return
        }
        var blocks: [String] = []
        for (kind, heading) in [(Insight.Kind.achievement, "Achievements"), (.lesson, "Lessons")] where try kinds().contains(kind) {
            let items = insights.items.filter { $0.kind == kind }
            var lines = [console.bold("\(heading) (\(items.count))")]
            if items.isEmpty {
                lines.append(kind == .achievement
                    ? "  None yet: the reflection asks for one thing you are proud of."
                    : "  None yet: the reflection asks what you would keep or change.")
            }
            for item in items {
                lines.append("  - " + VisibleText.line(item.text))
                lines.append("    " + console.dim("\(item.day)  " + VisibleText.line(item.title) + "  (\(item.entryID))"))
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        console.print(blocks.joined(separator: "\n\n"))
        ProblemSummary.report(snapshot.problems, on: console)
    }

    private func kinds() throws -> Set<Insight.Kind> {
        switch which?.lowercased() {
        case nil: return Set(Insight.Kind.allCases)
        case "achievements", "achievement": return [.achievement]
        case "lessons", "lesson": return [.lesson]
        default: throw ValidationError("insights takes `achievements`, `lessons` or `wins`, or nothing for achievements and lessons.")
        }
    }
}
