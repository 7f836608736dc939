import Foundation

/// Which editor the environment asks for, as Unix programs read it: `$VISUAL`, else
/// `$EDITOR`, else `vi`. Both the settings and the screens take the editor from here.
public enum EditorChoice {
    /// The editor run when nothing names one.
    public static let fallback = "vi"

    /// The first of `VISUAL` and `EDITOR` that holds more than blanks: its name and its value as
    /// written (it may carry arguments, e.g. `code -w`); nil when neither does.
    public static func fromEnvironment(_ environment: [String: String]) -> (variable: String, command: String)? {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.trimmingCharacters(in: .whitespaces).isEmpty { return (name, value) }
        }
        return nil
    }
}
