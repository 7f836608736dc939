import ArgumentParser
import Foundation
import JournalCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `onward guide`: says which guide is in use, prints the built-in one, or checks a file.
struct GuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Print the built-in guide to start your own, or check a guide file.",
        discussion: """
        Your own guide at $XDG_CONFIG_HOME/onward/guide.md (else ~/.config/onward/guide.md) replaces the built-in one. \
        Start from `onward guide --write`, which puts a copy of the built-in one there.
        """)

    @Flag(help: "Write the built-in guide to stdout.")
    var print = false

    @Flag(name: .customLong("write"), help: "Write the built-in guide to your own guide file, creating its folder (never over an existing file).")
    var writeOwn = false

    @Flag(help: "Check a guide file (your own guide when no file is given); exit status 1 when it has a problem.")
    var check = false

    @Argument(help: ArgumentHelp("The guide file to check.", valueName: "file"))
    var file: String?

    func validate() throws {
        if [print, check, writeOwn].filter({ $0 }).count > 1 { throw ValidationError("use one of --print, --write and --check.") }
        if file != nil && !check { throw ValidationError("a file can only be given with --check.") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        if print {
            Console.writeRaw(Array(Guide.builtInText.utf8))
            return
        }
        let own = GuideLoader.userGuidePath(environment: environment)
        if writeOwn {
            guard let own else { throw CLIFailure("there is nowhere to write your guide: set HOME or XDG_CONFIG_HOME") }
            try Self.writeBuiltIn(to: own)
            Swift.print("Wrote the built-in guide to \(VisibleText.line(own)); edit it, then run `onward guide --check`.")
            return
        }
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
            if own != nil { Swift.print("To write your own, start from `onward guide --write`, then edit the file it names.") }
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
