import ArgumentParser

/// `onward app ...`: the applications of the job search (one Markdown file each).
struct AppCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "app",
        abstract: "Keep track of your applications: add, list, show, move, close, note, feedback.",
        discussion: """
        An application is named by its id, a unique start of the id, or its company when only one \
        application has that company. Dates are YYYY-MM-DD, `today` or `yesterday`.
        """,
        subcommands: [
            AppAddCommand.self, AppListCommand.self, AppShowCommand.self, AppMoveCommand.self,
            AppCloseCommand.self, AppNoteCommand.self, AppFeedbackCommand.self, AppNextCommand.self,
        ])
}
