import Foundation
import Testing

/// Runs the built `onward` binary the way a person or a script would: arguments in, exit
/// status, stdout and stderr out, on a temporary journal.
@Suite("onward on the command line")
struct CLITests {
    /// The result of one run.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary = OnwardBinary.path

    /// A fresh journal location inside a fresh temp folder (the journal itself is not created).
    final class Sandbox {
        let folder: String
        var journal: String { folder + "/journal" }
        init() throws {
            folder = NSTemporaryDirectory() + "onward-cli-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        deinit {
            chmod(journal, 0o700)
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    func onward(_ arguments: [String], journal: String?, environment extra: [String: String] = [:]) throws -> Run {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build onward first; looked at \(Self.binary)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["ONWARD_JOURNAL"] = journal
        env["NO_COLOR"] = nil
        for (k, v) in extra { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both before waiting, so a full pipe cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    func onward(_ arguments: String..., journal: String?) throws -> Run { try onward(arguments, journal: journal) }

    /// Every line of stderr is a short `onward: ` sentence, never a trace.
    func expectCleanError(_ run: Run, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.stderr == "onward: " + message + "\n", sourceLocation: sourceLocation)
        #expect(!run.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    @Test func checkinThenListShowSearchStats() throws {
        let box = try Sandbox()
        let saved = try onward("checkin", "--mood", "6", "--win", "sent two applications", journal: box.journal)
        #expect(saved.status == 0)
        #expect(saved.stdout.hasPrefix("Saved today's check-in ("))
        #expect(saved.stderr.isEmpty)

        // A second run the same day edits the same entry.
        let again = try onward("checkin", "--energy", "5", "--self-care", "rest,reading", "--note", "Slow morning.", journal: box.journal)
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("Updated today's check-in ("))

        let list = try onward("list", journal: box.journal)
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("  checkin     Check-in  (mood 6)") == true)
        #expect(!list.stdout.contains("\u{1B}"))

        let listJSON = try onward("list", "--json", journal: box.journal)
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(listJSON.stdout.utf8)) as? [String: Any])
        let entries = try #require(listed["entries"] as? [[String: Any]])
        let id = try #require(entries.first?["id"] as? String)
        #expect(entries.first?["mood"] as? Int == 6)
        #expect(entries.first?["energy"] as? Int == 5)

        let show = try onward("show", id, journal: box.journal)
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("Check-in\ncheckin · "))
        #expect(show.stdout.contains("Mood 6/10 · energy 5/10"))
        #expect(show.stdout.contains("Win: sent two applications"))
        #expect(show.stdout.contains("## Note\nSlow morning."))
        #expect(!show.stdout.contains("\u{1B}"))

        // A prefix is enough when it is unique.
        let byPrefix = try onward("show", String(id.prefix(12)), journal: box.journal)
        #expect(byPrefix.stdout == show.stdout)

        let raw = try onward("show", id, "--raw", journal: box.journal)
        let file = try #require(FileManager.default.contents(atPath: box.journal + "/entries/" + id.prefix(4) + "/" + id.dropFirst(5).prefix(2) + "/" + id + ".md"))
        #expect(Data(raw.stdout.utf8) == file)

        let search = try onward("search", "APPLICATIONS", journal: box.journal)
        #expect(search.status == 0)
        #expect(search.stdout.contains(id) == false)  // the list line shows the title, not the id
        #expect(search.stdout.contains("sent two applications"))
        #expect(try onward("search", "applications", "zebra", journal: box.journal).stdout.isEmpty)

        let stats = try onward("stats", "--json", journal: box.journal)
        #expect(stats.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(json["total_entries"] as? Int == 1)
        #expect((json["entries_by_kind"] as? [String: Int])?["checkin"] == 1)
        let streak = try #require(json["streak"] as? [String: Any])
        #expect(streak["current"] as? Int == 1)
        #expect(streak["checked_in_today"] as? Bool == true)
        let days = try #require(json["checkins"] as? [[String: Any]])
        #expect(days.first?["mood"] as? Double == 6)

        let insights = try onward("insights", "--json", journal: box.journal)
        #expect(insights.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(insights.stdout.utf8)) is [String: Any])

        let doctor = try onward("doctor", journal: box.journal)
        #expect(doctor.status == 0)
        #expect(doctor.stdout == "The 1 entry is readable.\n")
    }

    @Test func journalFlagWinsOverTheEnvironment() throws {
        let box = try Sandbox()
        let other = box.folder + "/other"
        #expect(try onward(["--journal", other, "checkin", "--mood", "3"], journal: box.journal).status == 0)
        #expect(try onward(["list", "--journal", other], journal: box.journal).stdout.contains("(mood 3)"))
        #expect(try onward("list", journal: box.journal).stdout.isEmpty)
    }

    @Test func unknownIDIsOneSentence() throws {
        let box = try Sandbox()
        #expect(try onward("checkin", "--mood", "6", journal: box.journal).status == 0)
        let run = try onward("show", "nope", journal: box.journal)
        #expect(run.status == 1)
        expectCleanError(run, "no entry with id 'nope'.")
    }

    @Test func badFlagValuesAreUsageErrors() throws {
        let box = try Sandbox()
        let mood = try onward("checkin", "--mood", "11", journal: box.journal)
        #expect(mood.status == 64)
        expectCleanError(mood, "--mood must be a whole number from 1 to 10.")
        let sleep = try onward("checkin", "--sleep", "lots", journal: box.journal)
        #expect(sleep.status == 64)
        expectCleanError(sleep, "--sleep must be a number of hours from 0 to 24.")
        // Nothing was written.
        #expect(!FileManager.default.fileExists(atPath: box.journal))
    }

    @Test func unknownFlagHasNoStackTrace() throws {
        let box = try Sandbox()
        let run = try onward("list", "--frobnicate", journal: box.journal)
        #expect(run.status == 64)
        expectCleanError(run, "unknown option '--frobnicate'.")
    }

    @Test func unusableJournalFolder() throws {
        let box = try Sandbox()
        // A journal whose parent is a regular file cannot be created, even by root.
        let blocker = box.folder + "/a-file"
        try #require(FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8)))
        let write = try onward("checkin", "--mood", "6", journal: blocker + "/journal")
        #expect(write.status == 1)
        expectCleanError(write, "the journal folder \(blocker)/journal cannot be used: a part of the path is not a folder.")
        let read = try onward("list", journal: blocker)
        #expect(read.status == 1)
        expectCleanError(read, "the journal path \(blocker) is not a folder.")
    }

    // Root ignores the mode bits, so the refusal can only be seen as another user: skipped as root
    // (the read-only tmpfs in StoreFaultTests covers a journal root cannot write either).
    @Test(.enabled(if: getuid() != 0, "root ignores mode bits"))
    func readOnlyJournalFolder() throws {
        let box = try Sandbox()
        #expect(try onward("checkin", "--mood", "6", journal: box.journal).status == 0)
        let month = try #require(FileManager.default.subpathsOfDirectory(atPath: box.journal + "/entries").first { $0.count == 7 })
        let folder = box.journal + "/entries/" + month
        chmod(folder, 0o500)
        defer { chmod(folder, 0o700) }
        try #require(access(folder, W_OK) != 0, "the folder is still writable after chmod 0500")
        let run = try onward("checkin", "--mood", "7", journal: box.journal)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("onward: could not save entries/"))
        #expect(run.stderr.hasSuffix(": permission was denied.\n"))
    }

    @Test func versionHelpAndScreensWithoutATerminal() throws {
        let box = try Sandbox()
        let version = try onward("--version", journal: box.journal)
        #expect(version.stdout == "0.1.0\n")
        #expect(version.status == 0)
        // The screens refuse without a terminal (stdin here is /dev/null): one line, no crash.
        for arguments in [[], ["reflect"], ["checkin"]] {
            let screen = try onward(arguments, journal: box.journal)
            #expect(screen.status == 2)
            #expect(screen.stderr.hasPrefix("onward: "))
            #expect(screen.stderr.contains("interactive terminal"))
            #expect(screen.stderr.split(separator: "\n").count == 1)
            #expect(screen.stdout.isEmpty)
        }
        let help = try onward("--help", journal: box.journal)
        #expect(help.status == 0)
        #expect(help.stdout.contains("checkin"))
    }

    @Test func controlCharactersFromAFileAreShownNotSent() throws {
        let box = try Sandbox()
        #expect(try onward("checkin", "--mood", "6", "--note", "evil \u{1B}[2J here", journal: box.journal).status == 0)
        let list = try onward("list", "--json", journal: box.journal)
        let id = try #require(((try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])?["entries"] as? [[String: Any]])?.first?["id"] as? String)
        let show = try onward("show", id, journal: box.journal)
        #expect(show.stdout.contains("evil ^[[2J here"))
        #expect(!show.stdout.contains("\u{1B}"))
        let search = try onward("search", "evil", journal: box.journal)
        #expect(!search.stdout.contains("\u{1B}"))
    }

    @Test func doctorReportsABrokenFile() throws {
        let box = try Sandbox()
        #expect(try onward("checkin", "--mood", "6", journal: box.journal).status == 0)
        let broken = box.journal + "/entries/2020/01/2020-01-01-0900-note.md"
        try FileManager.default.createDirectory(atPath: box.journal + "/entries/2020/01", withIntermediateDirectories: true)
        try #require(FileManager.default.createFile(atPath: broken, contents: Data("no front matter here\n".utf8)))
        let doctor = try onward("doctor", journal: box.journal)
        #expect(doctor.status == 1)
        #expect(doctor.stdout.hasPrefix("entries/2020/01/2020-01-01-0900-note.md: line 1: "))
        let list = try onward("list", journal: box.journal)
        #expect(list.status == 0)
        #expect(list.stderr == "1 file could not be read; run `onward doctor`.\n")
        let raw = try onward("show", "2020-01-01", "--raw", journal: box.journal)
        #expect(raw.stdout == "no front matter here\n")
    }
}
