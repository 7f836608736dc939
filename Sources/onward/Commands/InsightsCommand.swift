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
            let found = Wins(entries: snapshot.entries.lazy.map(\.entry))
            if json {
                console.print(JSONOutput.encode(InsightsJSON(wins: found)))
                return
            }
            let wins = found.items
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
        // One string for the whole listing: tens of thousands of lines, each built once.
        var out = ""
        out.reserveCapacity(insights.items.count * 120)
        let wanted = try kinds()
        for (kind, heading) in [(Insight.Kind.achievement, "Achievements"), (.lesson, "Lessons")] where wanted.contains(kind) {
            let items = insights.items.filter { $0.kind == kind }
            if !out.isEmpty { out += "\n\n" }
            out += console.bold("\(heading) (\(items.count))")
            if items.isEmpty {
                out += kind == .achievement
                    ? "\n  None yet: the reflection asks for one thing you are proud of."
                    : "\n  None yet: the reflection asks what you would keep or change."
            }
            var lastTitle = "", shownTitle = ""  // an entry's bullets share its title
            for item in items {
                if item.title != lastTitle { lastTitle = item.title; shownTitle = VisibleText.line(item.title) }
                out += "\n  - "
                out += VisibleText.line(item.text)
                out += "\n    "
                out += console.dim(item.day.description + "  " + shownTitle + "  (" + item.entryID.rawValue + ")")
            }
        }
        console.print(out)
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
