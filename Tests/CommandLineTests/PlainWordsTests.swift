import Foundation
import OnwardTestSupport
import Testing
@testable import onward

/// Small things the command line says or accepts the way a person would expect.
@Suite("Command line in plain words")
struct PlainWordsTests {
    private func onward(_ arguments: [String], environment: [String: String]) -> (status: Int32, stdout: String, stderr: String) {
        let streams = CapturedStreams()
        let status = Onward.run(arguments, environment: environment, streams: streams, clock: Date.init)
        return (status, streams.stdout, streams.stderr)
    }

    @Test func aNoteMayStartWithADashButAMistypedOptionIsRefused() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let env = ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path + "/config"]
        let journal = ["--journal", folder.path + "/journal"]
        #expect(onward(["note", "-5", "degrees", "and", "rain"] + journal, environment: env).status == 0)
        let typo = onward(["note", "--jounral", "x"] + journal, environment: env)
        #expect(typo.status == 64)
        #expect(typo.stderr == "onward: unknown option '--jounral'; to start the note with a dash, put -- before the text: onward note -- \"--jounral ...\".\n")
        #expect(onward(["note"] + journal + ["--", "--jounral", "is", "my", "word"], environment: env).status == 0)
        let list = onward(["list"] + journal, environment: env)
        #expect(list.stdout.contains("-5 degrees and rain"), "\(list.stdout)")
        #expect(list.stdout.contains("--jounral is my word"), "the `--` itself is not part of the note: \(list.stdout)")
        #expect(!list.stdout.contains("-- --jounral"))
    }

    @Test func wordsGivenToAnOptionMayStartWithADashButAnOptionNameIsNotTakenForThem() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let env = ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path + "/config"]
        let journal = ["--journal", folder.path + "/journal"]
        let added = onward(["app", "add", "--company", "Acme", "--role", "-dev", "--json"] + journal, environment: env)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("\"role\" : \"-dev\"") || added.stdout.contains("\"role\":\"-dev\""), "\(added.stdout)")
        #expect(onward(["app", "move", "acme", "interview", "--note", "-call with Priya"] + journal, environment: env).status == 0)
        let shown = onward(["app", "show", "acme"] + journal, environment: env)
        #expect(shown.stdout.contains("-call with Priya"), "\(shown.stdout)")
        #expect(onward(["checkin", "--note", "-5 degrees, walked anyway", "--mood", "5"] + journal, environment: env).status == 0)
        let checkin = try #require(FileManager.default.subpathsOfDirectory(atPath: folder.path + "/journal/entries").first { $0.hasSuffix("-checkin.md") })
        #expect(try String(contentsOfFile: folder.path + "/journal/entries/" + checkin, encoding: .utf8).contains("-5 degrees, walked anyway"))

        // A forgotten value: the next option is not taken as the role, and nothing is written.
        let forgot = onward(["app", "add", "--company", "Globex", "--role", "--applied", "2026-11-01"] + journal, environment: env)
        #expect(forgot.status == 64)
        #expect(forgot.stderr == "onward: --role is missing its value (the next word, --applied, is an option); write --role=\"...\" for text that begins with two dashes.\n")
        #expect(!onward(["app", "list"] + journal, environment: env).stdout.contains("Globex"))
        // Written with "=", text may begin with two dashes, as the sentence says.
        #expect(onward(["checkin", "--note=--mood 3 was a typo of mine"] + journal, environment: env).status == 0)
        let checkin2 = try #require(FileManager.default.subpathsOfDirectory(atPath: folder.path + "/journal/entries").first { $0.hasSuffix("-checkin.md") })
        #expect(try String(contentsOfFile: folder.path + "/journal/entries/" + checkin2, encoding: .utf8).contains("--mood 3 was a typo of mine"))
        // A number out of range is named as such, not as a missing value.
        #expect(onward(["checkin", "--mood", "-5"] + journal, environment: env).stderr == "onward: --mood must be a whole number from 1 to 10.\n")
    }

    @Test func aFileToImportOrCheckThatIsNoFileIsNamedForWhatItIsAtOnce() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let env = ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path + "/config"]
        let journal = ["--journal", folder.path + "/journal"]
        let fifo = folder.path + "/pipe.csv"
        try #require(mkfifo(fifo, 0o600) == 0)
        try FileManager.default.createDirectory(atPath: folder.path + "/folder.csv", withIntermediateDirectories: true)
        try Data([0x43, 0x6F, 0x00, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: folder.path + "/binary.csv"))
        try Data([0xFF, 0xFE, 0x43, 0x00, 0x0A, 0x00]).write(to: URL(fileURLWithPath: folder.path + "/utf16.csv"))
        try Data(Array("[2026-03-01 09:15] Caf".utf8) + [0xE9, 0x0A]).write(to: URL(fileURLWithPath: folder.path + "/latin.txt"))
        // A FIFO with no writer would block a plain read forever; it is refused instead.
        let cases: [([String], String)] = [
            (["import", "csv", fifo], "onward: \(fifo) cannot be read: it is not a regular file but a FIFO, a device or a socket.\n"),
            (["import", "jrnl", folder.path + "/folder.csv"], "onward: \(folder.path)/folder.csv cannot be read: it is a folder.\n"),
            (["import", "csv", folder.path + "/none.csv"], "onward: \(folder.path)/none.csv cannot be read: it does not exist.\n"),
            (["import", "csv", "/dev/zero"], "onward: /dev/zero cannot be read: it is not a regular file but a FIFO, a device or a socket.\n"),
            (["import", "csv", folder.path + "/binary.csv"], "onward: \(folder.path)/binary.csv is not text (it holds NUL bytes); is it the file you meant?\n"),
            (["import", "csv", folder.path + "/utf16.csv"],
             "onward: \(folder.path)/utf16.csv is UTF-16 text, which onward does not read; save it as UTF-8 (in Excel: CSV UTF-8) and try again.\n"),
            (["import", "jrnl", folder.path + "/latin.txt"],
             "onward: \(folder.path)/latin.txt is not UTF-8 text (line 1 is the first that is not); save it as UTF-8 and try again.\n"),
            (["guide", "--check", fifo], "onward: \(fifo) cannot be read: it is not a regular file but a FIFO, a device or a socket.\n"),
        ]
        for (arguments, said) in cases {
            let run = onward(arguments + journal, environment: env)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr == said, "\(arguments)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/journal/entries"), "nothing was written")
    }

    @Test func aRelativeHomeIsNamedForWhatItIs() throws {
        let relative = onward(["list"], environment: ["HOME": "relative/place"])
        #expect(relative.status == 1)
        #expect(relative.stderr.hasPrefix("onward: HOME is relative/place, which is not an absolute path, so onward does not know where your journal is"), "\(relative.stderr)")
        let unset = onward(["list"], environment: [:])
        #expect(unset.stderr.hasPrefix("onward: HOME is not set, so onward"), "\(unset.stderr)")
    }

    @Test func showOfAFIFONeverPointsAtRawWhichCannotPrintIt() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let env = ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path + "/config"]
        let journal = ["--journal", folder.path + "/journal"]
        #expect(onward(["note", "first"] + journal, environment: env).status == 0)
        let month = try #require(FileManager.default.subpathsOfDirectory(atPath: folder.path + "/journal/entries").first { $0.count == 7 })
        let fifo = folder.path + "/journal/entries/" + month + "/2026-01-02-0300-note-pipe.md"
        try #require(mkfifo(fifo, 0o600) == 0)
        let shown = onward(["show", "2026-01-02-0300-note-pipe"] + journal, environment: env)
        #expect(shown.status == 1)
        #expect(shown.stderr.contains("it is not a regular file"), "\(shown.stderr)")
        #expect(!shown.stderr.contains("--raw"), "\(shown.stderr)")
        // A file that only fails to parse still gets the hint, since its bytes can be printed.
        try "---\nkind: [broken\n---\n".write(toFile: folder.path + "/journal/entries/" + month + "/2026-01-03-0300-note-bad.md", atomically: true, encoding: .utf8)
        let broken = onward(["show", "2026-01-03-0300-note-bad"] + journal, environment: env)
        #expect(broken.stderr.contains("`onward show --raw` prints it as it is"), "\(broken.stderr)")
    }
}
