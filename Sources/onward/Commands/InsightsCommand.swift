import ArgumentParser
import JournalCore

/// `onward insights [achievements|lessons]`: the bullet lists gathered across all entries.
struct InsightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "insights", abstract: "Every achievement and lesson you wrote, newest first.")

    @OptionGroup var journal: JournalOptions

    @Argument(help: ArgumentHelp("Only achievements or only lessons.", valueName: "achievements|lessons"))
    var which: String?

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        _ = try kinds()
    }

    func run() throws {
        let (_, snapshot) = try journal.loadIndexed()
        let insights = Insights(entries: snapshot.entries.lazy.map(\.entry), kinds: try kinds())
        if json {
            print(JSONOutput.encode(InsightsJSON(insights)))
            return
        }
        var blocks: [String] = []
        for (kind, heading) in [(Insight.Kind.achievement, "Achievements"), (.lesson, "Lessons")] where try kinds().contains(kind) {
            let items = insights.items.filter { $0.kind == kind }
            var lines = [Console.bold("\(heading) (\(items.count))")]
            if items.isEmpty {
                lines.append(kind == .achievement
                    ? "  None yet: the reflection asks for one thing you are proud of."
                    : "  None yet: the reflection asks what you would keep or change.")
            }
            for item in items {
                lines.append("  - " + VisibleText.line(item.text))
                lines.append("    " + Console.dim("\(item.day)  " + VisibleText.line(item.title) + "  (\(item.entryID))"))
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        print(blocks.joined(separator: "\n\n"))
        ProblemSummary.report(snapshot.problems)
    }

    private func kinds() throws -> Set<Insight.Kind> {
        switch which?.lowercased() {
        case nil: return Set(Insight.Kind.allCases)
        case "achievements", "achievement": return [.achievement]
        case "lessons", "lesson": return [.lesson]
        default: throw ValidationError("insights takes `achievements` or `lessons`, or nothing for both.")
        }
    }
}
