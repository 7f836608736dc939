import Foundation
import JournalCore
import OnwardTestSupport
import Testing
@testable import onward

/// Input the screens refuse is refused on the command line too, in one sentence, with the usage
/// status (64), and nothing is written.
@Suite("Bad input on the command line")
struct BadInputTests {
    struct Run { var status: Int32; var stdout: String; var stderr: String }

    static func onward(_ arguments: [String], journal: String,
                       clock: @escaping @Sendable () -> Date = Date.init) -> Run {
        let streams = CapturedStreams()
        let status = Onward.run(arguments + ["--journal", journal], environment: ["HOME": journal], streams: streams, clock: clock)
        return Run(status: status, stdout: streams.stdout, stderr: streams.stderr)
    }

    static func entryFiles(_ journal: String) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: journal + "/entries")) ?? []).filter { $0.hasSuffix(".md") }
    }

    @Test(arguments: ["", "   ", "\n"])
    func anApplicationWithoutACompanyIsRefused(_ company: String) throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let j = folder.path + "/j"
        let run = Self.onward(["app", "add", "--company", company, "--role", "Dev"], journal: j)
        #expect(run.status == 64)
        #expect(run.stderr == "onward: --company is empty; give the company's name, as in --company \"Acme\".\n")
        #expect(Self.entryFiles(j).isEmpty)
    }

    @Test func aCSVSavedAsWindows1252IsReadAndSaidSoWithItsLine() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let j = folder.path + "/j", file = folder.path + "/excel.csv"
        try Data(Array("company,role\nAcme,Dev\nCaf".utf8) + [0xE9, 0x2C, 0x43, 0x68, 0x65, 0x66, 0x0A]).write(to: URL(fileURLWithPath: file))
        let run = Self.onward(["import", "csv", file], journal: j)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "onward: \(file) is not UTF-8 text (line 3 is the first that is not), so it was read as Windows-1252, the way Excel saves it; check that accented letters came out right.\n")
        #expect(run.stdout.hasPrefix("Imported 2 applications."))
        let texts = try Self.entryFiles(j).map { try String(contentsOfFile: j + "/entries/" + $0, encoding: .utf8) }
        #expect(texts.contains { $0.contains("company: Café") })
    }

    @Test func aClosedApplicationGetsNoNextActionAndItsNameKeepsItsCapital() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let j = folder.path + "/j"
        #expect(Self.onward(["app", "add", "--company", "Acme", "--role", "Backend Engineer"], journal: j).status == 0)
        #expect(Self.onward(["app", "close", "Acme", "withdrawn"], journal: j).status == 0)
        let before = try Self.entryFiles(j).map { try String(contentsOfFile: j + "/entries/" + $0, encoding: .utf8) }
        let next = Self.onward(["app", "next", "Acme", "send the take-home"], journal: j)
        #expect(next.status == 1)
        #expect(next.stderr == "onward: the application Acme, Backend Engineer is closed (withdrawn), so it has no next action; nothing was changed.\n")
        let move = Self.onward(["app", "move", "Acme", "screen"], journal: j)
        #expect(move.stderr == "onward: the application Acme, Backend Engineer is closed (withdrawn), so it does not move to a new stage.\n")
        #expect(try Self.entryFiles(j).map { try String(contentsOfFile: j + "/entries/" + $0, encoding: .utf8) } == before)
        // Clearing one is still fine (nothing to show either way).
        #expect(Self.onward(["app", "next", "Acme", ""], journal: j).status == 0)
    }

    @Test func bothNoteCommandsJoinTheirWordsAndRefuseAnEmptyNoteWith64() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let j = folder.path + "/j"
        #expect(Self.onward(["app", "add", "--company", "Acme", "--role", "Dev"], journal: j).status == 0)
        let joined = Self.onward(["app", "note", "Acme", "called", "back", "today"], journal: j)
        #expect(joined.status == 0, "\(joined.stderr)")
        let feedback = Self.onward(["app", "feedback", "Acme", "liked", "the", "design", "--on", "today"], journal: j)
        #expect(feedback.status == 0, "\(feedback.stderr)")
        let text = try String(contentsOfFile: j + "/entries/" + Self.entryFiles(j)[0], encoding: .utf8)
        #expect(text.contains(": called back today") && text.contains(": liked the design"), "\(text)")
        #expect(Self.onward(["note", ""], journal: j).status == 64)
        #expect(Self.onward(["app", "note", "Acme", ""], journal: j).status == 64)
        #expect(Self.onward(["app", "feedback", "Acme", " "], journal: j).status == 64)
    }

    @Test func everyJSONFlagPrintsJSONTheCalendarToo() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let j = folder.path + "/j"
        #expect(Self.onward(["checkin", "--mood", "6"], journal: j).status == 0)
        let run = Self.onward(["stats", "--calendar", "--json"], journal: j)
        #expect(run.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let months = try #require(document["months"] as? [[String: Any]])
        let days = try #require(months.last?["days"] as? [[String: Any]])
        let today = LocalTimestamp(Date()).day.description
        #expect(days.last?["day"] as? String == today && days.last?["mood"] as? Int == 6)
        #expect(document["format_version"] as? Int == 1)
    }

    @Test func aJrnlEntryDatedInTheFutureIsNamedAndKeptOut() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let j = folder.path + "/j", file = folder.path + "/jrnl.txt"
        try "[2300-01-01 09:00] Typo year\nbody\n[2026-11-01 10:00] Real\ntext\n".write(toFile: file, atomically: true, encoding: .utf8)
        let run = Self.onward(["import", "jrnl", file], journal: j)
        #expect(run.status == 1)
        #expect(run.stderr == "onward: line 1 of \(file) is dated 2300-01-01, a day to come, so it and the text under it were not imported; correct its date and import again.\n")
        #expect(run.stdout == "Imported 1 entry as notes.\n")
        #expect(Self.entryFiles(j).count == 1)
    }

    @Test func aReImportSaysNothingAgainAboutRowsAlreadyThere() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let j = folder.path + "/j", file = folder.path + "/t.csv"
        try "company,role,status,date applied\nA,Dev,Talking,next week\nB,Dev,Applied,2026-11-05\nC,Dev,Applied,2026-11-06\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let first = Self.onward(["import", "csv", file], journal: j)
        #expect(first.stdout.contains("'next week'") && first.stdout.contains("'Talking'"))
        let second = Self.onward(["import", "csv", file], journal: j)
        #expect(second.stdout == "Nothing new to import; 3 already there.\n", "\(second.stdout)")
        // One status moved on: its news only, and the two others are "others".
        try "company,role,status,date applied\nA,Dev,Talking,next week\nB,Dev,Rejected,2026-11-05\nC,Dev,Applied,2026-11-06\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let third = Self.onward(["import", "csv", file], journal: j)
        #expect(third.stdout == "Updated 1 application whose status moved on; 2 others already there.\nB, Dev: said no.\n", "\(third.stdout)")
    }
}
