import Foundation
import Testing

/// The daily check-in through the real binary in tmux, and next to `onward checkin --mood`.
@Suite("Check-in in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable), .timeLimit(.minutes(2)))
struct CheckinFlowTests {
    let journal = FileManager.default.temporaryDirectory.appendingPathComponent("onward-e2e-checkin-\(UUID().uuidString)").path

    func cleanUp() {
        for suffix in ["", "-home", "-config"] { try? FileManager.default.removeItem(atPath: journal + suffix) }
    }

    func entryFiles() -> [String] {
        let all = (FileManager.default.enumerator(atPath: journal + "/entries")?.allObjects as? [String]) ?? []
        return all.filter { $0.hasSuffix(".md") }.sorted()
    }

    func entryText(_ file: String) throws -> String {
        try String(contentsOfFile: journal + "/entries/" + file, encoding: .utf8)
    }

    func drafts() -> [String] {
        let folder = journal + "/.onward/drafts"
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }
            .compactMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
    }

    /// `onward checkin FLAGS --journal J` without a terminal.
    func cli(_ arguments: [String]) throws -> ChildProcess.Result {
        let env = ["env", "HOME=\(journal)-home", "XDG_CONFIG_HOME=\(journal)-config", "LANG=C.UTF-8"]
        return try ChildProcess.run(env + [OnwardBinary.path, "checkin"] + arguments + ["--journal", journal])
    }

    @Test(arguments: [(100, 30), (80, 24)])
    func checkingInTwiceTheSameDayEditsOneFile(size: (Int, Int)) throws {
        defer { cleanUp() }
        do {
            let tmux = try TmuxSession(arguments: ["checkin"], journal: journal, columns: size.0, rows: size.1)
            defer { tmux.stop() }
            try tmux.waitFor("Daily check-in")
            try tmux.waitFor("Your first check-in. Welcome.")
            try tmux.type("4")
            try tmux.waitFor("4 · a bit low")
            try tmux.press("Tab", "Tab")
            try tmux.type("7.5")
            try tmux.press("Tab", "Space", "Tab")
            try tmux.type("1")
            for _ in 0..<3 { try tmux.press("Tab") }
            try tmux.type("Je suis sortie marcher 🌳")
            try tmux.press("C-s")
            try tmux.waitFor("Saved.")
            try tmux.press("Enter")
            try tmux.waitForExit()
        }
        let first = entryFiles()
        #expect(first.count == 1)
        do {
            let tmux = try TmuxSession(arguments: ["checkin"], journal: journal, columns: size.0, rows: size.1)
            defer { tmux.stop() }
            try tmux.waitFor("changes here update that entry")
            try tmux.waitFor("already noted: Je suis sortie marcher 🌳")
            try tmux.press("Right", "Right", "Right")
            try tmux.waitFor("7 · fairly good")
            try tmux.press("C-s")
            try tmux.waitFor("your check-in for the day is updated")
            try tmux.press("q")
            try tmux.waitForExit()
        }
        let files = entryFiles()
        #expect(files == first)
        let text = try entryText(try #require(files.first))
        #expect(text.contains("mood: 7"))
        #expect(!text.contains("mood: 4"))
        #expect(text.contains("sleep_hours: 7.5"))
        #expect(text.contains("self_care: [exercise]"))
        #expect(text.contains("applications: 1"))
        #expect(text.contains("wins: [Je suis sortie marcher 🌳]"))
        #expect(drafts().isEmpty)
    }

    @Test func theCommandAndTheScreenReadEachOthersFiles() throws {
        defer { cleanUp() }
        let written = try cli(["--mood", "3", "--win", "sent the application", "--applications", "2", "--self-care", "rest"])
        #expect(written.status == 0, "\(written.stderr)")
        do {
            let tmux = try TmuxSession(arguments: ["checkin"], journal: journal)
            defer { tmux.stop() }
            try tmux.waitFor("3 · low")
            try tmux.waitFor("already noted: sent the application")
            try tmux.waitFor("rest")
            try tmux.press("Tab", "Right", "Right", "Right")  // energy 6 -> 8
            try tmux.waitFor("8 · lively")
            try tmux.press("C-s")
            try tmux.waitFor("your check-in for the day is updated")
            try tmux.press("Enter")
            try tmux.waitForExit()
        }
        let again = try cli(["--note", "A quiet evening.", "--contacts", "1"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Updated today's check-in"))
        let files = entryFiles()
        #expect(files.count == 1)
        let text = try entryText(try #require(files.first))
        #expect(text.contains("mood: 3"))
        #expect(text.contains("energy: 8"))
        #expect(text.contains("self_care: [rest]"))
        #expect(text.contains("wins: [sent the application]"))
        #expect(text.contains("applications: 2"))
        #expect(text.contains("contacts: 1"))
        #expect(text.contains("## Note\nA quiet evening."))
    }

    @Test func aKilledCheckinIsOfferedAgain() throws {
        defer { cleanUp() }
        do {
            let tmux = try TmuxSession(arguments: ["checkin"], journal: journal)
            defer { tmux.stop() }
            try tmux.waitFor("Daily check-in")
            try tmux.type("8")
            for _ in 0..<7 { try tmux.press("Tab") }
            try tmux.type("asked Sam for a referral")
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline, !(drafts().first?.contains("asked Sam for a referral") ?? false) {
                Thread.sleep(forTimeInterval: 0.05)
            }
            #expect(drafts().first?.contains("mood: 8") == true)
            kill(try tmux.programPID(), SIGKILL)
            try tmux.waitForExit()
        }
        #expect(entryFiles().isEmpty)
        let again = try TmuxSession(journal: journal)
        defer { again.stop() }
        try again.waitFor("A check-in you started is waiting.")
        try again.press("r")
        try again.waitFor("Welcome back. The last few seconds of typing may be missing.")
        try again.waitFor("8 · good")
        try again.waitFor("asked Sam for a referral")
        try again.press("C-s")
        try again.waitFor("Saved.")
        try again.press("Enter")
        try again.waitFor("Today's check-in: done · mood 8/10")
        let files = entryFiles()
        #expect(files.count == 1)
        #expect(try entryText(try #require(files.first)).contains("wins: [asked Sam for a referral]"))
        #expect(drafts().isEmpty)
    }
}
