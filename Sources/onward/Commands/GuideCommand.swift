import ArgumentParser
import Foundation
import JournalCore

/// `onward guide`: says which guide is in use, prints the built-in one, or checks a file.
struct GuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Print the built-in guide to start your own, or check a guide file.",
        discussion: """
        Your own guide at $XDG_CONFIG_HOME/onward/guide.md (else ~/.config/onward/guide.md) replaces the built-in one. \
        Start from `onward guide --print > ~/.config/onward/guide.md`.
        """)

    @Flag(help: "Write the built-in guide to stdout.")
    var print = false

    @Flag(help: "Check a guide file (your own guide when no file is given); exit status 1 when it has a problem.")
    var check = false

    @Argument(help: ArgumentHelp("The guide file to check.", valueName: "file"))
    var file: String?

    func validate() throws {
        if print && check { throw ValidationError("use --print or --check, not both.") }
        if file != nil && !check { throw ValidationError("a file can only be given with --check.") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        if print {
            Console.writeRaw(Array(Guide.builtInText.utf8))
            return
        }
        let own = GuideLoader.userGuidePath(environment: environment)
        if check {
            guard let path = file ?? own else { throw CLIFailure("there is no guide to check: give a file, or set HOME") }
            try Self.check(path)
            return
        }
        if let own, FileManager.default.fileExists(atPath: own) {
            Swift.print("Your own guide is in use: \(VisibleText.line(own)).")
            Swift.print("Check it with `onward guide --check`.")
        } else {
            Swift.print("The built-in guide is in use.")
            if let own { Swift.print("To write your own, start from `onward guide --print > \(VisibleText.line(own))`.") }
        }
    }

    /// Parses the file; prints a summary, or fails naming the line.
    static func check(_ path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure("\(path) cannot be read (it is missing, a folder, or not readable)")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIFailure("\(path) is not UTF-8 text") }
        do {
            let guide = try GuideParser.parse(text)
            Swift.print("\(VisibleText.line(path)) is a usable guide: \(VisibleText.line(guide.title)), \(guide.steps.count) steps.")
        } catch {
            throw CLIFailure("\(path), \(error.description)")
        }
    }
}
