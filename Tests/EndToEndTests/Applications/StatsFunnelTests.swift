import Foundation
import Testing

/// `onward stats` with applications made by `onward app add/move/close`: the funnel's counts,
/// in words and in `--json`, from the real binary.
@Suite("onward stats shows the applications funnel")
struct StatsFunnelTests {
    let cli = CLITests()

    /// A day `back` days before today, in UTC (the runs below use TZ=UTC too).
    func day(_ back: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date().addingTimeInterval(Double(-back) * 86_400))
    }

    @Test func statsCountsWhatTheAppCommandsRecorded() throws {
        let box = try CLITests.Sandbox()
        // Its own config folder: the funnel's weekly goal must not come from the person's settings.
        let env = ["TZ": "UTC", "XDG_CONFIG_HOME": box.folder + "/config"]
        func run(_ args: String...) throws -> CLITests.Run {
            let r = try cli.onward(args, journal: box.journal, environment: env)
            #expect(r.status == 0, "onward \(args.joined(separator: " ")): \(r.stderr)")
            return r
        }
        // Globex: an interview a week in, then a no. Acme: a screening call after 3 days.
        // Initech: no word. Hooli: withdrawn by the person, which is no answer from them.
        _ = try run("app", "add", "--company", "Globex", "--role", "SRE", "--applied", day(30))
        _ = try run("app", "move", "globex", "interview", "--on", day(23))
        _ = try run("app", "close", "globex", "rejected", "--on", day(16))
        _ = try run("app", "add", "--company", "Acme", "--role", "Backend Engineer", "--applied", day(29))
        _ = try run("app", "move", "acme", "screen", "--on", day(26))
        _ = try run("app", "add", "--company", "Initech", "--role", "Analyst", "--applied", day(28))
        _ = try run("app", "add", "--company", "Hooli", "--role", "Designer", "--applied", day(27))
        _ = try run("app", "close", "hooli", "withdrawn", "--on", day(25))

        let text = try run("stats").stdout
        #expect(text.contains("Applications: 4 (2 open) · any answer: 2 of 4 (50%) · median 5 days to a first answer"), "\(text)")
        #expect(text.contains("  reached: applied 4 · screening call 2 · interview 1 · final interview 0 · offer stage 0"), "\(text)")
        #expect(text.contains("  moved past: applied 50% · screening call 50% · interview 0%"), "\(text)")
        let perWeek = try #require(text.split(separator: "\n").first { $0.hasPrefix("  added per week, oldest first: ") })
        let counts = perWeek.dropFirst("  added per week, oldest first: ".count).split(separator: " ").prefix(8).compactMap { Int($0) }
        #expect(counts.count == 8 && counts.reduce(0, +) == 4, "\(perWeek)")

        let document = try #require(try JSONSerialization.jsonObject(with: Data(run("stats", "--json").stdout.utf8)) as? [String: Any])
        let funnel = try #require(document["applications"] as? [String: Any])
        #expect(funnel["total"] as? Int == 4 && funnel["open"] as? Int == 2 && funnel["answered"] as? Int == 2)
        #expect(funnel["median_days_to_first_answer"] as? Double == 5)
        let stages = try #require(funnel["stages"] as? [[String: Any]])
        #expect(stages.map { $0["stage"] as? String } == ["applied", "screen", "interview", "final-interview", "offer"])
        #expect(stages.map { $0["reached"] as? Int } == [4, 2, 1, 0, 0])
        #expect(stages.map { $0["at_stage"] as? Int } == [2, 1, 1, 0, 0])
        #expect(stages.map { $0["moved_past"] as? Int } == [2, 1, 0, 0, 0])
        #expect((funnel["per_week"] as? [[String: Any]])?.compactMap { $0["added"] as? Int }.reduce(0, +) == 4)

        // Reflections and check-ins are counted as before, beside the funnel.
        _ = try run("checkin", "--mood", "6")
        let after = try run("stats").stdout
        #expect(after.contains("Entries: 5 (1 check-in)"), "\(after)")
        #expect(after.contains("Applications: 4 (2 open)"))
    }

    @Test func withoutApplicationsStatsHasNoFunnel() throws {
        let box = try CLITests.Sandbox()
        let r = try cli.onward(["checkin", "--mood", "5"], journal: box.journal, environment: ["XDG_CONFIG_HOME": box.folder + "/config"])
        #expect(r.status == 0, "\(r.stderr)")
        let stats = try cli.onward(["stats"], journal: box.journal, environment: ["XDG_CONFIG_HOME": box.folder + "/config"])
        #expect(stats.status == 0 && stats.stdout.contains("Entries: 1") && !stats.stdout.contains("Applications:"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(cli.onward(["stats", "--json"], journal: box.journal).stdout.utf8)) as? [String: Any])
        #expect(json["applications"] == nil || json["applications"] is NSNull)
    }
}

/// `onward insights wins` through the real binary: a reflection's small win, written by hand,
/// is listed on the first run (files read) and on the next (from the index).
@Suite("onward insights wins reads the reflections' wins from the index")
struct InsightsWinsTests {
    let cli = CLITests()

    @Test func aReflectionsSmallWinIsListedFromTheFileAndThenFromTheIndex() throws {
        let box = try CLITests.Sandbox()
        let folder = box.journal + "/entries/2026/11"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = """
        ---
        kind: reflection
        created: 2026-11-27T14:05:00+01:00
        company: Acme
        ---
        # Acme

        ## Feelings
        It stings.

        ## A kind word
        ### To yourself
        You did well to get that far.

        ### A small win
        I asked for feedback

        """
        try text.write(toFile: folder + "/2026-11-27-1405-reflection-acme.md", atomically: true, encoding: .utf8)
        for run in ["files", "index"] {
            let r = try cli.onward(["insights", "wins"], journal: box.journal)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("  - I asked for feedback\n    2026-11-27  Acme  (2026-11-27-1405-reflection-acme)"), "\(run): \(r.stdout)")
        }
        #expect(FileManager.default.fileExists(atPath: box.journal + "/.onward/index"))
    }
}
