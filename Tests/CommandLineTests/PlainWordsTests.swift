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
