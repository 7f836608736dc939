import Foundation
import JournalCore
import OnwardTestSupport
import Testing
@testable import onward

/// An option given twice never drops the first value: a list keeps every one, and an option that
/// takes one value refuses the second in one sentence, before anything is written.
@Suite("Repeated options")
struct RepeatedOptionTests {
    private struct Run { var status: Int32; var stdout: String; var stderr: String }

    private func onward(_ arguments: [String], journal: String) -> Run {
        let streams = CapturedStreams()
        let status = Onward.run(arguments + ["--journal", journal], environment: ["HOME": journal], streams: streams)
        return Run(status: status, stdout: streams.stdout, stderr: streams.stderr)
    }

    private func files(in journal: String) -> [String] {
        let root = journal + "/entries"
        let all = (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? []
        return all.filter { $0.hasSuffix(".md") }.sorted().compactMap { try? String(contentsOfFile: root + "/" + $0, encoding: .utf8) }
    }

    @Test func theCommandIsFoundAlsoWhenTheJournalIsNamedBeforeIt() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let j = folder.path + "/j"
        let streams = CapturedStreams()
        let status = Onward.run(["--journal", j, "app", "add", "--company", "A", "--company", "B", "--role", "R"],
                                environment: ["HOME": folder.path], streams: streams)
        #expect(status == 64)
        #expect(streams.stderr == "onward: --company was given twice ('A' and 'B'), and it takes one value; give it once.\n")
        #expect(files(in: j).isEmpty)
    }

    @Test func everyWinAndEveryNoteOfACheckinIsKept() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let j = folder.path + "/j"
        let run = onward(["checkin", "--win", "one", "--win", "- two with a dash", "--note", "first", "--note", "-5 outside"], journal: j)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try #require(files(in: j).first)
        #expect(text.contains("wins: [one, '- two with a dash']") || text.contains("wins: [one, \"- two with a dash\"]"), "\(text)")
        #expect(text.contains("first\n\n-5 outside"), "\(text)")
    }

    @Test func everyNoteOfAMoveGoesOnTheEventsLine() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let j = folder.path + "/j"
        #expect(onward(["app", "add", "--company", "Acme", "--role", "Dev"], journal: j).status == 0)
        let run = onward(["app", "move", "Acme", "interview", "--note", "n1", "--note", "n2"], journal: j)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try #require(files(in: j).first)
        #expect(text.contains("interview: n1; n2"), "\(text)")
    }

    @Test(arguments: [
        ["checkin", "--mood", "3", "--mood", "5"],
        ["checkin", "--sleep=7", "--sleep", "8"],
        ["app", "add", "--company", "A", "--role", "R", "--company", "B"],
        ["app", "add", "--company", "A", "--role", "R", "--applied", "2026-01-01", "--applied=2026-01-02"],
        ["list", "--tag", "a", "--tag", "b"],
        ["export", "--format", "json", "-o", "a.json", "--output", "b.json"],
        ["stats", "--color", "never", "--color", "always"],
    ])
    func aSingleValueGivenTwiceIsRefusedAndNothingIsWritten(_ arguments: [String]) throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let j = folder.path + "/j"
        let run = onward(arguments, journal: j)
        #expect(run.status == 64)
        #expect(run.stderr.contains("was given twice"), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("give it once.\n"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(files(in: j).isEmpty)
    }

    @Test func everyCommandsOptionsAreFound() {
        let add = RepeatedOptions.declared(AppAddCommand.self)
        #expect(add.contains { $0.spellings == ["--company"] && $0.takesValue && !$0.repeats })
        #expect(add.contains { $0.spellings == ["--journal"] && $0.takesValue })
        #expect(add.contains { $0.spellings == ["--json"] && !$0.takesValue })
        let export = RepeatedOptions.declared(ExportCommand.self)
        #expect(export.contains { Set($0.spellings) == ["-o", "--output"] })
        #expect(RepeatedOptions.declared(CheckinCommand.self).contains { $0.spellings == ["--win"] && $0.repeats })
    }

    @Test func aValueThatLooksLikeTheOptionIsNotCountedAsIt() {
        let declared = RepeatedOptions.declared(AppMoveCommand.self)
        // `--on` once, with a value; the words after `--` are text.
        #expect(RepeatedOptions.problem(in: ["app", "move", "X", "screen", "--on", "today", "--", "--on"], declared: declared) == nil)
        #expect(RepeatedOptions.problem(in: ["app", "move", "X", "screen", "--json", "--json"], declared: declared) == nil)
        #expect(RepeatedOptions.problem(in: ["app", "move", "X", "screen", "--on", "today", "--on=yesterday"], declared: declared)
                == "--on was given twice ('today' and 'yesterday'), and it takes one value; give it once.")
    }
}
