import Foundation
import JournalCore

/// Which editor a screen runs: `EditorChoice`'s rule, without the blanks around the command.
public enum EditorCommand {
    /// The command line to run, as the person wrote it (it may carry arguments, e.g. `code -w`).
    public static func choose(from environment: [String: String]) -> String {
        EditorChoice.fromEnvironment(environment)?.command.trimmingCharacters(in: .whitespaces) ?? EditorChoice.fallback
    }
}

