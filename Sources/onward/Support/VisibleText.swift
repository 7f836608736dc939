import JournalCore

/// Text from a journal file made safe for a terminal: control characters are shown, not sent
/// (ESC as `^[`, bidi overrides as `<U+202E>`). The command line uses the same rules as the
/// screens, `JournalCore.SafeText`, so a hostile file looks the same everywhere.
enum VisibleText {
    /// For a one-line field: newlines are shown too (`^J`), tabs become spaces.
    static func line(_ text: String) -> String { SafeText.visible(text, keepNewlines: false) }

    /// For a body of text: newlines kept (a CR before a newline dropped), tabs as spaces.
    static func block(_ text: String) -> String { SafeText.visible(text) }

    /// A file's bytes for stdout: exactly as they are when piped (`show --raw > copy.md` keeps
    /// them), made visible like any other file text when stdout is a terminal, where a raw
    /// escape sequence would be acted on rather than shown.
    static func forStdout(_ bytes: [UInt8], toTerminal: Bool) -> [UInt8] {
        guard toTerminal else { return bytes }
        return Array(block(String(decoding: bytes, as: UTF8.self)).utf8)
    }
}
