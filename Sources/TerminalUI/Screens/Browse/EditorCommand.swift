import Foundation

/// Which editor to run: `$VISUAL`, else `$EDITOR`, else `vi`, as Unix programs do.
public enum EditorCommand {
    /// The command line to run, as the person wrote it (it may carry arguments, e.g. `code -w`).
    public static func choose(from environment: [String: String]) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return "vi"
    }
}

