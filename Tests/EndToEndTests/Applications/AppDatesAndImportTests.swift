import Foundation
import Testing

/// The real binary on days and on CSV files: no event in the future (not even tomorrow) except a
/// planned next action, none before the application was sent, and what `import csv` says.
@Suite("onward app: days and CSV import on the command line")
struct AppDatesAndImportTests {
    let cli = CLITests()

    /// Today's date as the binary sees it, moved by `days`.
    static func day(_ days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let date = calendar.date(byAdding: .day, value: days, to: Date())!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    func files(_ box: CLITests.Sandbox) -> [String: Data] {
        var out: [String: Data] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: box.journal)) ?? [] where path.hasPrefix("entries/") {
            if let data = FileManager.default.contents(atPath: box.journal + "/" + path) { out[path] = data }
        }
        return out
    }

    @Test func tomorrowIsRefusedForEveryEventAndBeforeTheDaySentToo() throws {
        let box = try CLITests.Sandbox()
        let sent = Self.day(-10), early = Self.day(-11), tomorrow = Self.day(1)
        let added = try cli.onward(["app", "add", "--company", "Globex", "--role", "Dev", "--applied", sent], journal: box.journal)
        #expect(added.status == 0, "\(added.stderr)")
        let before = files(box)
        let future = "is \(tomorrow), which has not happened yet; give a day up to today."
        let cases: [([String], String)] = [
            (["app", "add", "--company", "Acme", "--role", "SRE", "--applied", "tomorrow"], "--applied " + future),
            (["app", "add", "--company", "Acme", "--role", "SRE", "--applied", tomorrow], "--applied " + future),
            (["app", "move", "globex", "screen", "--on", "tomorrow"], "--on " + future),
            (["app", "close", "globex", "rejected", "--on", tomorrow], "--on " + future),
            (["app", "note", "globex", "a call", "--event", "--on", tomorrow], "--on " + future),
            (["app", "feedback", "globex", "liked it", "--on", "tomorrow"], "--on " + future),
            (["app", "move", "globex", "screen", "--on", early],
             "an event cannot be dated \(early), before Globex, Dev was sent on \(sent); give a day from \(sent) on."),
            (["app", "feedback", "globex", "liked it", "--on", early],
             "an event cannot be dated \(early), before Globex, Dev was sent on \(sent); give a day from \(sent) on."),
            (["app", "close", "globex", "rejected", "--on", early],
             "an event cannot be dated \(early), before Globex, Dev was sent on \(sent); give a day from \(sent) on."),
        ]
        for (args, message) in cases {
            let r = try cli.onward(args, journal: box.journal)
            #expect(r.status != 0, "\(args)")
            #expect(r.stderr == "onward: " + message + "\n", "\(args): \(r.stderr)")
        }
        #expect(files(box) == before)
        // A planned day may be ahead: that is what it is for.
        let next = try cli.onward(["app", "next", "globex", "send the take-home", "--on", "tomorrow"], journal: box.journal)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try cli.onward(["app", "move", "globex", "screen", "--on", sent], journal: box.journal).status == 0)
    }

    @Test func aMoveBackKeepsTheFurthestStageAndAClosedOneShowsItsDay() throws {
        let box = try CLITests.Sandbox()
        _ = try cli.onward(["app", "add", "--company", "Globex", "--role", "Dev", "--applied", Self.day(-10)], journal: box.journal)
        _ = try cli.onward(["app", "move", "globex", "interview", "--on", Self.day(-5)], journal: box.journal)
        let back = try cli.onward(["app", "move", "globex", "screen", "--on", Self.day(-4), "--json"], journal: box.journal)
        let doc = try JSONSerialization.jsonObject(with: Data(back.stdout.utf8)) as? [String: Any]
        let app = doc?["application"] as? [String: Any]
        #expect(app?["stage"] as? String == "interview", "\(back.stdout)")
        _ = try cli.onward(["app", "close", "globex", "rejected", "--on", Self.day(-3)], journal: box.journal)
        _ = try cli.onward(["app", "feedback", "globex", "wanted more Kubernetes"], journal: box.journal)
        let show = try cli.onward(["app", "show", "globex"], journal: box.journal)
        #expect(show.stdout.contains("interview · said no · applied \(Self.day(-10)) · closed \(Self.day(-3))"), "\(show.stdout)")
    }

    @Test func importSaysWhatItDidInPlainSentences() throws {
        let box = try CLITests.Sandbox()
        let file = box.folder + "/tracker.csv"
        let csv = "Company,Title,Status,Date Applied,Notes\nGlobex,Dev,Interview,2026-11-20,\"two\nlines\"\nAcme,SRE,Wishlist,,\nHooli,PM,Declined,2026-11-01,\n"
        try csv.write(toFile: file, atomically: true, encoding: .utf8)
        let first = try cli.onward(["import", "csv", file], journal: box.journal)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "Imported 2 applications.\n"
                + "Not imported, since the tracker says they were not sent yet (wishlist, bookmarked, saved): line 4; add each with `onward app add` once you apply.\n")
        try csv.replacingOccurrences(of: "Interview", with: "Rejected").write(toFile: file, atomically: true, encoding: .utf8)
        let second = try cli.onward(["import", "csv", file], journal: box.journal)
        #expect(second.stdout.hasPrefix("Updated 1 application whose status moved on; 1 other already there.\nGlobex, Dev: said no.\n"), "\(second.stdout)")
        let list = try cli.onward(["app", "list"], journal: box.journal)
        #expect(list.stdout.contains("said no") && !list.stdout.contains("offer declined"), "\(list.stdout)")
        try "".write(toFile: file, atomically: true, encoding: .utf8)
        let empty = try cli.onward(["import", "csv", file], journal: box.journal)
        #expect(empty.status == 1)
        #expect(empty.stderr == "onward: \(file): the file is empty; a CSV file starts with a line naming its columns, such as company,role,status,date applied.\n")
    }

    @Test(.enabled(if: ScratchDisk.isAvailable, "no tmpfs can be mounted here; JournalCoreTests inject ENOSPC instead"))
    func aFullDiskStopsTheImportWithOneSentence() throws {
        let disk = try #require(ScratchDisk.make(size: "256k"))
        defer { disk.unmount() }
        let journal = disk.path + "/journal"
        let box = try CLITests.Sandbox()
        let file = box.folder + "/tracker.csv"
        let rows = (1...40).map { "Company \($0),Engineer,Applied,2026-10-\(String(format: "%02d", $0 % 28 + 1))" }
        try ("company,role,status,date applied\n" + rows.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try cli.onward(["app", "add", "--company", "Seed", "--role", "Dev"], journal: journal).status == 0)
        disk.fill()
        let full = try cli.onward(["import", "csv", file], journal: journal)
        #expect(full.status == 1)
        let lines = full.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(full.stderr)")
        #expect(full.stderr.contains("the disk is full") && full.stderr.contains("40 rows are still to import"), "\(full.stderr)")
        #expect(full.stdout == "Nothing was imported.\n", "\(full.stdout)")
        disk.free()
        let again = try cli.onward(["import", "csv", file], journal: journal)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "Imported 40 applications.\n")
    }
}
