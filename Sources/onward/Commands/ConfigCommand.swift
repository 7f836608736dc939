import ArgumentParser
import JournalCore

/// `onward config`: the effective settings and where each one came from.
struct ConfigCommand: JournalCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings in effect and where each one comes from.",
        discussion: "Settings live in $XDG_CONFIG_HOME/onward/config.yaml (else ~/.config/onward/config.yaml). Run `onward config --example` for a commented file to start from.")

    @OptionGroup var journal: JournalOptions

    @Flag(help: "Print a commented example config file instead.")
    var example = false

    func run(in context: RunContext) throws {
        let console = context.console
        if example {
            console.print(ConfigExample.text, terminator: "")
            return
        }
        let settings = context.settings
        let file = settings.configPath.map { VisibleText.line($0) + (settings.configFound ? "" : " (not found, so nothing is read from it)") }
            ?? "none (neither XDG_CONFIG_HOME nor HOME is set)"
        var lines = [console.bold("Config file:") + " " + file, ""]
        let rows = settings.rows
        let nameWidth = rows.map(\.name.count).max() ?? 0
        let valueWidth = min(50, rows.map { VisibleText.line($0.value).count }.max() ?? 0)
        for row in rows {
            let value = VisibleText.line(row.value)
            lines.append(pad(row.name, nameWidth) + "  " + pad(value, valueWidth) + "  " + console.dim(row.source))
        }
        console.print(lines.joined(separator: "\n"))
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
