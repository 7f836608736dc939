import ArgumentParser
import JournalCore

/// `onward app list`: the applications, open ones first by their next action.
struct AppListCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List your applications, open ones first.")

    @OptionGroup var journal: JournalOptions

    @Flag(help: "Only applications that are still open.")
    var open = false

    @Option(help: ArgumentHelp("Only applications that reached this stage.", valueName: "stage"))
    var stage: String?

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        if let stage { _ = try AppSupport.stage(stage) }
    }

    func run(in context: RunContext) throws {
        let wanted = try stage.map(AppSupport.stage)
        let (_, all, problems) = try AppSupport.records(in: context)
        let shown = ApplicationQuery.select(all, openOnly: open, stage: wanted)
        let today = context.now.day
        let quiet = context.settings.quietAfterDays.value
        if json {
            context.console.print(JSONOutput.encode(ApplicationListJSON(shown, problems: problems, today: today, quietAfterDays: quiet)))
            return
        }
        if shown.isEmpty {
            if context.console.stdoutIsTerminal {
                context.console.print(all.isEmpty ? "No applications yet. Add one with `onward app add --company NAME --role TITLE`." : "No applications match.")
            }
        } else {
            context.console.print(AppListFormatter.lines(shown, today: today, quietAfterDays: quiet).joined(separator: "\n"))
        }
        ProblemSummary.report(problems, on: context.console)
    }
}

/// One line per application: id, stage, outcome, title, and what is next or how long it has been quiet.
enum AppListFormatter {
    static func lines(_ records: [ApplicationRecord], today: LocalDay, quietAfterDays: Int) -> [String] {
        let stageWidth = Stage.allCases.map(\.label.displayWidth).max() ?? 0
        let outcomeWidth = ApplicationOutcome.allCases.map(\.label.displayWidth).max() ?? 0
        let idWidth = records.map(\.id.rawValue.displayWidth).max() ?? 0
        return records.map { r in
            var line = pad(r.id.rawValue, idWidth) + "  " + pad(r.stage.label, stageWidth) + "  " + pad(r.outcome.label, outcomeWidth) + "  "
            line += VisibleText.line(r.title)
            if r.isOpen, let next = r.nextAction {
                line += "  next: " + VisibleText.line(next) + (r.nextActionOn.map { " (\($0))" } ?? "")
            }
            if let days = r.quietDays(today: today, after: quietAfterDays) {
                line += "  · " + ApplicationRecord.quietWords(days)
            }
            return line
        }
    }

    /// Padded by terminal columns (`TextFit` measures ASCII without walking graphemes).
    private static func pad(_ s: String, _ width: Int) -> String { TextFit.padded(s, toWidth: width) }
}
