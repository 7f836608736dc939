import Foundation
import OnwardTestSupport
import Testing
@testable import onward

/// Whole runs of `onward` inside the test process: each builds its own run context, so what one
/// run chose (colour, config file, clock) cannot leak into the next, as it would through statics.
@Suite("Run context in process")
struct RunContextTests {
    private struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private func onward(_ arguments: [String], environment: [String: String],
                        clock: @escaping @Sendable () -> Date = Date.init) -> Run {
        let streams = CapturedStreams()
        let status = Onward.run(arguments, environment: environment, streams: streams, clock: clock)
        return Run(status: status, stdout: streams.stdout, stderr: streams.stderr)
    }

    /// The value column of `onward config`'s row for `name`.
    private func row(_ name: String, in output: String) -> String? {
        output.split(separator: "\n").first { $0.hasPrefix(name + " ") }.map(String.init)
    }

    @Test func twoRunsWithDifferentColourAndConfigKeepTheirOwn() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        try folder.write("a/onward/config.yaml", "quiet_after_days: 3\nshow_streak: sometimes\n")
        try folder.write("b/onward/config.yaml", "color: never\nquiet_after_days: 20\n")
        let journal = ["--journal", folder.path + "/journal"]
        let a = ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path + "/a"]
        let b = ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path + "/b"]
        let esc = "\u{1B}["
        let problemA = "onward: the config file \(folder.path)/a/onward/config.yaml has a problem at line 2: `show_streak` should be true or false; that setting is ignored.\n"

        let first = onward(["config", "--color", "always"] + journal, environment: a)
        #expect(first.status == 0)
        #expect(first.stdout.contains(esc), "--color always styles even a captured stdout")
        #expect(row("quiet_after_days", in: first.stdout)?.contains(" 3 ") == true, "\(first.stdout)")
        #expect(first.stderr == problemA)

        let second = onward(["config"] + journal, environment: b)
        #expect(second.status == 0)
        #expect(!second.stdout.contains(esc), "the first run's --color must not carry over")
        #expect(row("quiet_after_days", in: second.stdout)?.contains(" 20 ") == true, "\(second.stdout)")
        #expect(row("color", in: second.stdout)?.hasSuffix("config file (line 1)") == true)
        #expect(second.stderr.isEmpty, "the first run's config problem is not the second's: \(second.stderr)")

        // The first config again, without the flag: its own reading, its problem said again, plain output.
        let third = onward(["config"] + journal, environment: a)
        #expect(!third.stdout.contains(esc))
        #expect(row("color", in: third.stdout)?.hasSuffix("default") == true)
        #expect(row("quiet_after_days", in: third.stdout)?.contains(" 3 ") == true)
        #expect(third.stderr == problemA)
    }

    @Test func eachRunUsesItsOwnClockAndJournal() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let environment = ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path + "/config"]
        func at(_ day: Int, _ hour: Int) throws -> @Sendable () -> Date {
            let date = try #require(Calendar.current.date(from: DateComponents(year: 2026, month: 3, day: day, hour: hour, minute: 20)))
            return { date }
        }
        let one = ["--journal", folder.path + "/one"], two = ["--journal", folder.path + "/two"]

        let monday = onward(["checkin", "--mood", "6"] + one, environment: environment, clock: try at(2, 9))
        #expect(monday.status == 0)
        #expect(monday.stdout == "Saved today's check-in (2026-03-02-0920-checkin).\n", "\(monday.stderr)")
        let again = onward(["checkin", "--mood", "7"] + one, environment: environment, clock: try at(2, 18))
        #expect(again.stdout == "Updated today's check-in (2026-03-02-0920-checkin).\n")
        let tuesday = onward(["checkin", "--mood", "4"] + one, environment: environment, clock: try at(3, 8))
        #expect(tuesday.stdout == "Saved today's check-in (2026-03-03-0820-checkin).\n")
        let elsewhere = onward(["checkin", "--mood", "5"] + two, environment: environment, clock: try at(3, 8))
        #expect(elsewhere.stdout == "Saved today's check-in (2026-03-03-0820-checkin).\n")

        let listed = onward(["list"] + one, environment: environment)
        let lines = listed.stdout.split(separator: "\n")
        #expect(lines.count == 2, "\(listed.stdout)")
        #expect(lines.first?.hasPrefix("2026-03-03") == true && lines.first?.contains("(mood 4)") == true)
        #expect(lines.last?.hasPrefix("2026-03-02") == true && lines.last?.contains("(mood 7)") == true)
        #expect(onward(["list"] + two, environment: environment).stdout.split(separator: "\n").count == 1)
    }

    @Test func aUsageErrorInARunIsOneSentenceAndStatus64() {
        let run = onward(["list", "--limit=-1", "--journal", "/nonexistent/onward-cli-test"], environment: [:])
        #expect(run.status == 64)
        #expect(run.stderr == "onward: --limit must be 0 or more.\n")
        #expect(run.stdout.isEmpty)
    }
}
