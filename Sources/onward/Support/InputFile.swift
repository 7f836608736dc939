import JournalCore

/// A file a person names on the command line (an import, a guide to check), read whole.
///
/// Read through `PosixFileSystem`, so a FIFO or a device is refused at once instead of waiting
/// for a writer or reading forever, and each refusal says exactly what the path is.
enum InputFile {
    /// The largest file read: far above any journal export, far below what would exhaust memory.
    static let limit = 256 << 20

    /// The file's text; a `CLIFailure` naming what is wrong when it is not a readable UTF-8 file.
    static func text(_ path: String) throws -> String {
        let bytes = try read(path)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw notUTF8(path, bytes) }
        return text
    }

    /// The file's text, read as Windows-1252 when it is not UTF-8 (a spreadsheet's CSV often is),
    /// with the sentence that says so; UTF-16 and binary files are refused.
    static func legacyText(_ path: String) throws -> (text: String, notice: String?) {
        let bytes = try read(path)
        if let text = String(validating: bytes, as: UTF8.self) { return (text, nil) }
        guard !LegacyText.isUTF16(bytes), !bytes.contains(0) else { throw notUTF8(path, bytes) }
        let line = LegacyText.firstNonUTF8Line(bytes) ?? 1
        return (LegacyText.windows1252(bytes),
                "\(path) is not UTF-8 text (line \(line) is the first that is not), so it was read as Windows-1252, "
                + "the way Excel saves it; check that accented letters came out right")
    }

    private static func read(_ path: String) throws -> [UInt8] {
        do { return try PosixFileSystem().readFollowingLinks(path, limit: limit) } catch {
            let why = error.code == EFBIG ? "it is larger than \(limit >> 20) MB" : StoreError.explanation(of: error.code)
            throw CLIFailure("\(path) cannot be read: \(why)")
        }
    }

    /// The refusal of a file that is not UTF-8, naming the first line that is not.
    private static func notUTF8(_ path: String, _ bytes: [UInt8]) -> CLIFailure {
        if LegacyText.isUTF16(bytes) {
            return CLIFailure("\(path) is UTF-16 text, which onward does not read; save it as UTF-8 (in Excel: CSV UTF-8) and try again")
        }
        if bytes.contains(0) { return CLIFailure("\(path) is not text (it holds NUL bytes); is it the file you meant?") }
        let line = LegacyText.firstNonUTF8Line(bytes).map { " (line \($0) is the first that is not)" } ?? ""
        return CLIFailure("\(path) is not UTF-8 text\(line); save it as UTF-8 and try again")
    }
}
