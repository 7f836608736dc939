import Foundation
import JournalCore

/// Whether this run's printed output may carry escape codes, from `--color`, the config
/// file, `NO_COLOR` and `TERM=dumb` (in that order), and whether stdout is a terminal.
enum OutputColor {
    // Set once while the command line is validated, before anything is printed.
    nonisolated(unsafe) private static var mode: ColorMode?

    /// Records the effective mode for the rest of the run.
    static func choose(_ mode: ColorMode) { self.mode = mode }

    /// The mode chosen from the command line and settings, once validated.
    static var chosen: ColorMode? { mode }

    /// True when bold and dim may be written to stdout.
    static var enabled: Bool {
        let mode = self.mode ?? RunSettings.base.result.settings.color.value
        return mode.allowsStyle(outputIsTerminal: Console.stdoutIsTerminal)
    }
}
