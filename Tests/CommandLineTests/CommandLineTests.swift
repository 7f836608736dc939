import ArgumentParser
import Foundation
import JournalCore
import OnwardTestSupport
import Testing
@testable import onward
import TerminalUI

/// The command line tested in process, beside the subprocess tests of EndToEndTests: what the
/// parser accepts and refuses, in the sentences a person sees, and how entries are listed.
@Suite("Command line in process")
struct CommandLineTests {
    /// The one sentence `onward` prints for a usage error.
    private func refusal(_ arguments: [String]) -> String? {
        do {
            _ = try Onward.parseAsRoot(arguments)
            return nil
        } catch {
            return Onward.message(for: error)
        }
    }

    @Test(arguments: [
        (["checkin", "--mood", "11"], "--mood must be a whole number from 1 to 10."),
        (["checkin", "--energy", "zero"], "--energy must be a whole number from 1 to 10."),
        (["checkin", "--sleep", "25"], "--sleep must be a number of hours from 0 to 24."),
        (["checkin", "--applications", "1001"], "--applications must be a whole number from 0 to 1000."),
    ])
    func checkinFlagsOutOfRangeAreRefusedInOneSentence(_ arguments: [String], _ sentence: String) {
        let message = refusal(arguments + ["--journal", "/nonexistent/onward-cli-test"])
        #expect(message?.contains(sentence) == true, "got \(message ?? "no error")")
    }

    @Test func aCommaIsReadAsADecimalPointInSleep() throws {
        let parsed = try Onward.parseAsRoot(["checkin", "--sleep", "7,5", "--journal", "/nonexistent/onward-cli-test"])
        let checkin = try #require(parsed as? CheckinCommand)
        #expect(checkin.sleep == "7,5")
        #expect(refusal(["checkin", "--sleep", "7,5", "--journal", "/nonexistent/onward-cli-test"]) == nil)
    }

    @Test func valuesOutOfRangeAreNamedByTheirFlag() {
        #expect(CheckinValues(mood: 11).problem == "--mood must be a whole number from 1 to 10.")
        #expect(CheckinValues(energy: 0).problem == "--energy must be a whole number from 1 to 10.")
        #expect(CheckinValues(sleepHours: 25).problem != nil)
        #expect(CheckinValues(mood: 10, energy: 1, sleepHours: 0).problem == nil)
        #expect(CheckinValues(applications: -1).problem == "--applications must be a whole number from 0 to 1000.")
        #expect(CheckinValues(learning: 1001).problem == "--learning must be a whole number from 0 to 1000.")
        #expect(CheckinValues(contacts: 3).problem == nil)
    }

    @Test func sleepFlagAcceptsAndRefusesWhatTheCheckinScreenDoes() throws {
        for (text, hours) in SleepHoursSamples.accepted {
            #expect(refusal(["checkin", "--sleep=\(text)", "--journal", "/nonexistent/onward-cli-test"]) == nil, "\(text)")
            #expect(CheckinForm.sleepHours(text) == .some(hours), "\(text)")
        }
        for text in SleepHoursSamples.refused {
            let message = refusal(["checkin", "--sleep=\(text)", "--journal", "/nonexistent/onward-cli-test"])
            #expect(message?.contains("--sleep must be a number of hours from 0 to 24.") == true, "\(text): \(message ?? "accepted")")
            #expect(CheckinForm.sleepHours(text) == nil, "\(text)")
        }
    }

    @Test func theJournalFlagWorksBeforeAndAfterTheCommand() throws {
        let after = try #require(try Onward.parseAsRoot(["list", "--journal", "/j/after"]) as? ListCommand)
        #expect(after.journal.journal == "/j/after")
        #expect(try Onward.parseAsRoot(["--journal", "/j/before", "list"]) is ListCommand)
    }

    @Test func anUnknownCommandOrFlagIsAUsageErrorNotACrash() {
        #expect(refusal(["lsit"]) != nil)
        #expect(refusal(["list", "--frobnicate"])?.contains("frobnicate") == true)
        #expect(Onward.exitCode(for: ValidationError("x")).rawValue == 64)
    }

    @Test func listLinesAlignAndShowEachKindsDetail() throws {
        func entry(_ kind: EntryKind, _ time: String, _ change: (inout Entry) -> Void) throws -> StoredEntry {
            let created = try #require(LocalTimestamp(parsing: time))
            var e = Entry(id: EntryID.make(at: created, kind: kind), kind: kind, created: created)
            change(&e)
            return StoredEntry(entry: e, relativePath: "entries/\(e.id).md", size: 0, modified: 0)
        }
        let lines = EntryListFormatter.lines([
            try entry(.reflection, "2026-11-27T14:05:00+01:00") { $0.company = "Acme"; $0.intensityBefore = 7; $0.intensityAfter = 5 },
            try entry(.checkin, "2026-11-28T08:10:00+01:00") { $0.title = "Check-in"; $0.mood = 4 },
            try entry(.note, "2026-11-29T09:00:00+01:00") { $0.title = "Coffee \u{1B}[31mwith Sam"; $0.tags = ["people"] },
        ])
        // The layout of the columns is still settling; what must hold is asserted, not the bytes.
        try #require(lines.count == 3)
        #expect(lines[0].hasPrefix("2026-11-27") && lines[1].hasPrefix("2026-11-28") && lines[2].hasPrefix("2026-11-29"))
        #expect(lines[0].contains("reflection  Acme") && lines[0].contains("(feelings 7→5)"))
        #expect(lines[1].contains("checkin") && lines[1].contains("(mood 4)"))
        #expect(lines[2].contains("Coffee ^[[31mwith Sam") && lines[2].contains("(#people)"))
        #expect(!lines.joined().contains("\u{1B}"), "an escape from a file never reaches the terminal raw")
        // The details start in one column.
        let starts = zip(lines, ["(feelings", "(mood", "(#people"]).map { line, detail in
            line.range(of: detail).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
        }
        #expect(Set(starts).count == 1, "\(starts)")
    }
}
