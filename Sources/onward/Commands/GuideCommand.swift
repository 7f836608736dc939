import ArgumentParser
import Foundation
import JournalCore

/// `onward guide`: says which guides are in use, lists them, prints one, or checks a file.
struct GuideCommand: OnwardCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "List the guided exercises, print one to start your own, or check a guide file.",
        discussion: """
        Your own guide at $XDG_CONFIG_HOME/onward/guide.md (else ~/.config/onward/guide.md) replaces the built-in \
        reflection; start from `onward guide --write`. Files in $XDG_CONFIG_HOME/onward/guides/ (NAME.md each) add \
        exercises or replace the built-in one of the same name; start from `onward guide --print NAME`.
        """)

    @Flag(help: "List the guides in use: name, title, length and where each comes from.")
    var list = false

    @Flag(help: "Write a built-in guide to stdout (the reflection when no name is given).")
    var print = false

    @Flag(name: .customLong("write"), help: "Write the built-in guide to your own guide file, creating its folder (never over an existing file).")
    var writeOwn = false

    @Flag(help: "Check a guide file (your own guide when no file is given); exit status 1 when it has a problem.")
    var check = false

    @Argument(help: ArgumentHelp("The guide's name for --print, or the guide file for --check.", valueName: "name-or-file"))
    var file: String?

    func validate() throws {
        if [list, print, check, writeOwn].filter({ $0 }).count > 1 { throw ValidationError("use one of --list, --print, --write and --check.") }
        if file != nil && !check && !print { throw ValidationError("a name goes with --print, and a file with --check.") }
    }

    func run(in context: RunContext) throws {
        let environment = context.environment
        let console = context.console
        if print {
            try Self.printGuide(named: file ?? Guide.reflectionName, environment: environment, console: console)
            return
        }
        if list {
            Self.list(environment: environment, console: console)
            return
        }
        let own = GuideLoader.userGuidePath(environment: environment)
        if writeOwn {
            guard let own else { throw CLIFailure("there is nowhere to write your guide: set HOME or XDG_CONFIG_HOME") }
            try Self.writeBuiltIn(to: own)
            console.print("Wrote the built-in guide to \(VisibleText.line(own)); edit it, then run `onward guide --check`.")
            return
        }
        if check {
            guard let path = file ?? own else { throw CLIFailure("there is no guide to check: give a file, or set HOME") }
            try Self.check(path, console: console)
            return
        }
        if let own, FileManager.default.fileExists(atPath: own) {
            console.print("Your own guide is in use: \(VisibleText.line(own)).")
            console.print("Check it with `onward guide --check`.")
        } else {
            console.print("The built-in guide is in use.")
            if own != nil { console.print("To write your own, start from `onward guide --write`, then edit the file it names.") }
        }
    }

    /// Creates the folder of `path` and writes the built-in guide there; an existing file, or a
    /// link, at `path` is left alone and reported.
    static func writeBuiltIn(to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIFailure("the folder \(folder) could not be made (\(error.localizedDescription))")
        }
        // O_EXCL: never over a file someone wrote, nor through a link left at that name.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 {
            if errno == EEXIST { throw CLIFailure("\(path) already exists, so it was left as it is; `onward guide --check` checks it") }
            throw CLIFailure("\(path) could not be written (\(String(cString: strerror(errno))))")
        }
        let bytes = Array(Guide.builtInText.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(fd)
                unlink(path)  // a half-written guide would be reported as broken at every start
                throw CLIFailure("\(path) could not be written (\(reason)), so it was removed again")
            }
            done += n
        }
        let synced = fsync(fd) == 0
        if close(fd) != 0 || !synced {
            unlink(path)
            throw CLIFailure("\(path) could not be written to the disk, so it was removed again")
        }
    }

    /// Prints the built-in guide called `name` (or the person's own when there is no built-in one).
    static func printGuide(named name: String, environment: [String: String], console: Console) throws {
        if let text = BuiltInGuides.text(of: name) {
            console.writeRaw(Array(text.utf8))
            return
        }
        let library = GuideLoader.loadLibrary(environment: environment).library
        guard let guide = library.guide(named: name) else {
            let names = library.guides.map(\.name).joined(separator: ", ")
            throw CLIFailure("there is no guide called \(VisibleText.line(name)); the guides are \(names)")
        }
        console.writeRaw(Array(GuideWriter.text(of: guide).utf8))
    }

    /// One line per guide in use: name, title, length, and whether it is built in or the person's own.
    static func list(environment: [String: String], console: Console) {
        let (library, warnings) = GuideLoader.loadLibrary(environment: environment)
        let builtIn = GuideLibrary.builtIn
        let width = library.guides.map { $0.name.count }.max() ?? 0
        for guide in library.guides {
            let length = guide.minutes.map { "about \($0) min" } ?? "untimed"
            let origin = builtIn.guide(named: guide.name) == guide ? "built in" : "your own"
            let name = guide.name.padding(toLength: width, withPad: " ", startingAt: 0)
            console.print("\(name)  \(VisibleText.line(guide.title)) · \(length) · \(origin)")
        }
        for warning in warnings { console.error(CLIFailure.sentence(warning)) }
    }

    /// Parses the file; prints a summary, or fails naming the line.
    static func check(_ path: String, console: Console) throws {
        let text = try InputFile.text(path)
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        do {
            let guide = try GuideParser.parse(text, defaultName: GuideParser.isName(stem) && stem != "guide" ? stem : Guide.reflectionName)
            let length = guide.minutes.map { ", about \($0) minutes" } ?? ""
            console.print("\(VisibleText.line(path)) is a usable guide: \(VisibleText.line(guide.title)), \(guide.steps.count) \(guide.steps.count == 1 ? "step" : "steps")\(length) (name \(guide.name)).")
        } catch {
            throw CLIFailure("\(path), \(error.description)")
        }
    }
}
