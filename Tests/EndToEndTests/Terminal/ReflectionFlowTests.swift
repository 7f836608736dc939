import Foundation
import Testing

/// The guided reflection driven through the real binary in tmux, as a person would use it.
@Suite("Reflection in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable), .timeLimit(.minutes(2)))
struct ReflectionFlowTests {
    let journal = FileManager.default.temporaryDirectory.appendingPathComponent("onward-e2e-\(UUID().uuidString)").path

    func cleanUp() {
        for suffix in ["", "-home", "-config"] { try? FileManager.default.removeItem(atPath: journal + suffix) }
    }

    func entryFiles() -> [String] {
        let all = (FileManager.default.enumerator(atPath: journal + "/entries")?.allObjects as? [String]) ?? []
        return all.filter { $0.hasSuffix(".md") }.sorted()
    }

    func draftText() -> String? {
        let folder = journal + "/.onward/drafts"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }
        return names.first.flatMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
    }

    func waitForDraft(containing text: String, timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if draftText()?.contains(text) == true { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the draft never contained \"\(text)\"; it was:\n\(draftText() ?? "(none)")")
    }

    @Test(arguments: [(100, 30), (80, 24)])
    func completeReflectionWithEmojiAndAccents(size: (Int, Int)) throws {
        defer { cleanUp() }
        let tmux = try TmuxSession(arguments: ["reflect"], journal: journal, columns: size.0, rows: size.1)
        defer { tmux.stop() }
        try tmux.waitFor("Step 1 of 10")
        try tmux.type("Société Générale 🏦")
        try tmux.press("Tab")
        try tmux.type("Ingénieure")
        try tmux.press("Tab", "Down", "Down", "Down", "Down", "Tab", "Tab", "Tab")
        try tmux.type("Un e-mail très court 😞")
        try tmux.press("Tab")
        try tmux.waitFor("Step 2 of 10")
        try tmux.press("Space", "Down", "Space", "Tab", "7", "Tab")
        try tmux.type("Déçue, mais ça passera.")
        try tmux.press("Tab")
        try tmux.waitFor("Step 3 of 10")
        for n in 4...5 {
            try tmux.press("C-n")
            try tmux.waitFor("Step \(n) of 10")
        }
        try tmux.type("Migré le service de paiement 🚀")
        try tmux.press("Enter")
        try tmux.type("Présenté à 200 personnes")
        for n in 6...10 {
            try tmux.press("C-n")
            try tmux.waitFor("Step \(n) of 10")
        }
        try tmux.press("4")  // strength now
        try tmux.press("C-n")
        try tmux.waitFor("Your reflection, to read over before saving")
        try tmux.press("Enter")
        try tmux.waitFor("Saved.")
        let files = entryFiles()
        #expect(files.count == 1)
        let file = try #require(files.first)
        #expect(file.hasSuffix("-reflection-societe-generale.md"))
        let text = try String(contentsOfFile: journal + "/entries/" + file, encoding: .utf8)
        #expect(text.contains("company: Société Générale 🏦"))
        #expect(text.contains("role: Ingénieure"))
        #expect(text.contains("stage: final-interview"))
        #expect(text.contains("emotions: [disappointed, frustrated]"))
        #expect(text.contains("intensity_before: 7"))
        #expect(text.contains("intensity_after: 4"))
        #expect(text.contains("Un e-mail très court 😞"))
        #expect(text.contains("Déçue, mais ça passera."))
        #expect(text.contains("## Achievements\n- Migré le service de paiement 🚀\n- Présenté à 200 personnes"))
        #expect(!text.contains("## Feedback"))  // skipped steps leave no empty headings
        #expect(draftText() == nil)
    }

    @Test func goingBackAndChangingAnAnswer() throws {
        defer { cleanUp() }
        let tmux = try TmuxSession(arguments: ["reflect"], journal: journal)
        defer { tmux.stop() }
        try tmux.waitFor("Step 1 of 10")
        try tmux.type("Acme")
        try tmux.press("C-n")
        try tmux.waitFor("Step 2 of 10")
        try tmux.press("BTab")
        try tmux.waitFor("Step 1 of 10")
        try tmux.waitFor("Acme")
        for _ in 0..<5 { try tmux.press("BTab") }  // back to Company
        try tmux.press("BSpace", "BSpace", "BSpace", "BSpace")
        try tmux.type("Globex")
        for _ in 0..<10 { try tmux.press("C-n") }
        try tmux.waitFor("Your reflection, to read over before saving")
        try tmux.waitFor("Globex")
        try tmux.press("Enter")
        try tmux.waitFor("Saved.")
        #expect(entryFiles().first?.hasSuffix("-reflection-globex.md") == true)
    }

    @Test func killedMidStepResumesWithNothingLost() throws {
        defer { cleanUp() }
        let text = "Il m'a fallu du courage — 勇気 💪"
        do {
            let tmux = try TmuxSession(arguments: ["reflect"], journal: journal)
            defer { tmux.stop() }
            try tmux.waitFor("Step 1 of 10")
            try tmux.type("Initech")
            try tmux.press("C-n")
            try tmux.waitFor("Step 2 of 10")
            try tmux.press("Tab", "Tab")
            try tmux.type(text)
            try waitForDraft(containing: text)
            kill(try tmux.programPID(), SIGKILL)
            try tmux.waitForExit()
        }
        let again = try TmuxSession(journal: journal)
        defer { again.stop() }
        try again.waitFor("An unfinished reflection (Initech) is waiting.")
        try again.press("r")
        try again.waitFor("Step 2 of 10")
        try again.waitFor(text)
    }

    @Test func resizeMidStepRedrawsAndKeepsText() throws {
        defer { cleanUp() }
        let tmux = try TmuxSession(arguments: ["reflect"], journal: journal)
        defer { tmux.stop() }
        try tmux.waitFor("Step 1 of 10")
        try tmux.type("Umbrella")
        try tmux.resize(columns: 80, rows: 24)
        let small = try tmux.waitFor("Umbrella")
        #expect(small.split(separator: "\n").count <= 24)
        try tmux.resize(columns: 30, rows: 8)
        try tmux.waitFor("Terminal too small")
        try tmux.resize(columns: 120, rows: 40)
        try tmux.waitFor("Umbrella")
        try tmux.waitFor("Step 1 of 10")
    }

    @Test func tinyTerminalShowsTheTooSmallMessage() throws {
        defer { cleanUp() }
        let tmux = try TmuxSession(journal: journal, columns: 30, rows: 8)
        defer { tmux.stop() }
        try tmux.waitFor("Terminal too small")
        try tmux.press("q")
        try tmux.waitForExit()
    }

    @Test func homeToReflectionAndBackWithEsc() throws {
        defer { cleanUp() }
        let tmux = try TmuxSession(journal: journal)
        defer { tmux.stop() }
        try tmux.waitFor("Reflect on a rejection")
        try tmux.press("Enter")
        try tmux.waitFor("Step 1 of 10")
        try tmux.type("Hooli")
        try tmux.press("Escape")
        try tmux.waitFor("An unfinished reflection (Hooli) is waiting.")
        try tmux.press("q")
        try tmux.waitForExit()
        #expect(draftText()?.contains("company: Hooli") == true)
    }

    @Test func sigtermSavesTheDraftAndRestoresTheTerminal() throws {
        defer { cleanUp() }
        let tmux = try TmuxSession(arguments: ["reflect"], journal: journal)
        defer { tmux.stop() }
        try tmux.waitFor("Step 1 of 10")
        try tmux.type("Vandelay")
        try tmux.waitFor("Vandelay")
        kill(try tmux.programPID(), SIGTERM)
        try tmux.waitForExit()
        #expect(draftText()?.contains("company: Vandelay") == true)
    }
}
