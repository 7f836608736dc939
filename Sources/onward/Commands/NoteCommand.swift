import ArgumentParser
import Foundation
import JournalCore

/// `onward note TEXT`: a quick note from the shell, or from standard input when no text is given.
struct NoteCommand: JournalCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Save a quick note: `onward note \"coffee with Sam went well\"`, or pipe the text in.",
        discussion: "The first line (when short) becomes the title. With no text and input from a pipe or file, that input is the note.")

    @OptionGroup var journal: JournalOptions

    // Unrecognized words are text too, so `onward note -5 degrees and rain` is a note; a word that
    // looks like a mistyped option (`--jounral`) is refused below instead of saved.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The note's words (quote them, or give them as they come).", valueName: "text"))
    var words: [String] = []

    func validate() throws {
        // After `--` everything is text; the parser keeps the `--` itself among the words.
        if let option = words.prefix(while: { $0 != "--" }).first(where: Self.looksLikeOption) {
            throw ValidationError("unknown option '\(option)'; to start the note with a dash, put -- before the text: onward note -- \"\(option) ...\"")
        }
    }

    /// `--word` or `-w` as typed alone: most likely an option, not text (`-5` and `- milk` are text).
    static func looksLikeOption(_ word: String) -> Bool {
        guard word.hasPrefix("-"), word != "-", word != "--" else { return false }
        let name = word.drop { $0 == "-" }
        guard let first = name.first, first.isLetter else { return false }
        return name.allSatisfy { $0.isLetter || $0 == "-" || $0 == "=" || $0.isNumber } && !word.contains(" ")
    }

    /// More than this on standard input is refused rather than half saved.
    static let inputLimit = 8 * 1024 * 1024

    func run(in context: RunContext) throws {
        let text: String
        var words = self.words
        if let end = words.firstIndex(of: "--") { words.remove(at: end) }
        if !words.isEmpty {
            text = words.joined(separator: " ")
        } else if isatty(STDIN_FILENO) == 1 {
            throw CLIFailure("give the note's text, as in `onward note \"a few words\"`, or pipe it in; `onward write` opens a blank page", exitCode: 64)
        } else {
            text = try Self.readStandardInput()
        }
        // Bad input, as `app note X ''` has it: the usage status, 64.
        if text.utf8.contains(0) { throw CLIFailure("the text holds a NUL byte, so it was not saved (is it a binary file?)", exitCode: 64) }
        guard let entry = QuickNote.entry(text: text, created: context.now) else {
            throw CLIFailure("the note is empty, so nothing was saved", exitCode: 64)
        }
        let store = try context.store()
        do {
            let saved = try store.create(entry)
            context.console.print("Saved a note (\(saved.entry.id)).")
        } catch {
            throw CLIFailure(error)
        }
    }

    /// All of standard input as UTF-8 text; a failure is one sentence.
    static func readStandardInput() throws -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CLIFailure("standard input could not be read (\(String(cString: strerror(errno)))), so nothing was saved")
            }
            if n == 0 { break }
            bytes += chunk[0..<n]
            if bytes.count > inputLimit { throw CLIFailure("the text on standard input is over 8 MB, so it was not saved", exitCode: 64) }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CLIFailure("the text on standard input is not UTF-8, so it was not saved", exitCode: 64)
        }
        return text
    }
}
