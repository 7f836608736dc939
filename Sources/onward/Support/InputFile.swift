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
        let bytes: [UInt8]
        do { bytes = try PosixFileSystem().readFollowingLinks(path, limit: limit) } catch {
            let why = error.code == EFBIG ? "it is larger than \(limit >> 20) MB" : StoreError.explanation(of: error.code)
            throw CLIFailure("\(path) cannot be read: \(why)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw CLIFailure("\(path) is not UTF-8 text") }
        return text
    }
}
