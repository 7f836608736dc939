import TerminalUI

/// Text from a journal file made safe for a terminal: control characters are shown, not sent
/// (ESC as `^[`, bidi overrides as `<U+202E>`). The command line uses the same rules as the
/// screens, `TerminalUI.SafeText`, so a hostile file looks the same everywhere.
enum VisibleText {
    /// For a one-line field: newlines are shown too (`^J`), tabs become spaces.
    static func line(_ text: String) -> String { SafeText.visible(text, keepNewlines: false) }

    /// For a body of text: newlines kept (a CR before a newline dropped), tabs as spaces.
    static func block(_ text: String) -> String { SafeText.visible(text) }
}
