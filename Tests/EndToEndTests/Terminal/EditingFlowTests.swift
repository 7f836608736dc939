import Foundation
import Testing

/// Editing keys, escape sequences and text encoding through the real binary in tmux.
@Suite("Editing in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable), .timeLimit(.minutes(2)))
struct EditingFlowTests {
    let journal = FileManager.default.temporaryDirectory.appendingPathComponent("onward-e2e-\(UUID().uuidString)").path

    func cleanUp() {
        for suffix in ["", "-home", "-config"] { try? FileManager.default.removeItem(atPath: journal + suffix) }
    }

    func draftText() -> String? {
        let folder = journal + "/.onward/drafts"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }
        return names.first.flatMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
    }

    /// Polls the draft until `check` holds; records what it was when the deadline passes.
    func waitForDraft(_ what: String, timeout: TimeInterval = 10, _ check: (String) -> Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = draftText(), check(text) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the draft never had \(what); it was:\n\(draftText() ?? "(none)")")
    }

    @Test func nonASCIITypedUnderLangCIsSaved() throws {
        defer { cleanUp() }
        let tmux = try TmuxSession(arguments: ["reflect"], journal: journal, columns: 80, rows: 24,
                                   environment: ["LANG": "C", "LC_ALL": "C"])
        defer { tmux.stop() }
        try tmux.waitFor("Step 1 of 10")
        try tmux.type("Société Générale 🏦 日本")
        try tmux.waitFor("Société Générale")
        waitForDraft("the accented company") { $0.contains("company: Société Générale 🏦 日本") }
    }

    @Test func altBackspaceDeletesAWordAndUnknownSequencesAreIgnored() throws {
        defer { cleanUp() }
        let tmux = try TmuxSession(arguments: ["reflect"], journal: journal, columns: 60, rows: 20)
        defer { tmux.stop() }
        try tmux.waitFor("Step 1 of 10")
        try tmux.type("Acme Widgets Corp")
        try tmux.press("M-BSpace")
        // Sequences onward does not know: F20, a made-up CSI, Alt-Shift-Up; none may act as Esc.
        try tmux.type("\u{1B}[34~\u{1B}[99;9z")
        try tmux.press("M-S-Up", "C-w")
        try tmux.type("Ltd")
        waitForDraft("company: Acme Ltd") { $0.contains("company: Acme Ltd") }
        let screen = try tmux.screen()
        #expect(screen.contains("Step 1 of 10"), "the reflection was left:\n\(screen)")
    }

    @Test(arguments: ["xterm-256color", "tmux-256color", "screen-256color"])
    func homeEndAndWordMovesUnderEveryTerm(term: String) throws {
        defer { cleanUp() }
        let tmux = try TmuxSession(arguments: ["reflect"], journal: journal, columns: 50, rows: 16,
                                   environment: ["TERM": term])
        defer { tmux.stop() }
        try tmux.waitFor("Step 1 of 10")
        try tmux.type("two three")
        try tmux.press("Home")
        try tmux.type("one ")
        try tmux.press("End")
        try tmux.type(" four")
        try tmux.press("C-Left", "C-Left")
        try tmux.type("and ")
        try tmux.press("C-a", "Delete", "C-e", "BSpace")
        waitForDraft("company: ne two and three fou under \(term)") { $0.contains("company: ne two and three fou\n") }
    }
}
