import Foundation
import Testing

/// A paste of several lines into an Applications prompt, through the real binary in tmux:
/// the whole text lands in the answer, and none of it runs as keys (a pasted "x" then "y"
/// once closed the application and opened a reflection).
@Suite("Pasting into the Applications screen", .serialized, .enabled(if: TmuxSession.isAvailable), .timeLimit(.minutes(2)))
struct ApplicationPasteFlowTests {
    let cli = CLITests()
    let journal = FileManager.default.temporaryDirectory.appendingPathComponent("onward-e2e-paste-\(UUID().uuidString)").path

    func cleanUp() {
        for suffix in ["", "-home", "-config"] { try? FileManager.default.removeItem(atPath: journal + suffix) }
    }

    func applicationFile() throws -> String {
        let all = (FileManager.default.enumerator(atPath: journal + "/entries")?.allObjects as? [String]) ?? []
        let name = try #require(all.first { $0.contains("-application-") && $0.hasSuffix(".md") })
        return try String(contentsOfFile: journal + "/entries/" + name, encoding: .utf8)
    }

    /// Opens Applications on one added application and presses `key` to open its prompt.
    func openPrompt(_ key: String, waitingFor label: String) throws -> TmuxSession {
        let added = try cli.onward(["app", "add", "--company", "Initrode", "--role", "Dev"], journal: journal)
        #expect(added.status == 0, "stderr: \(added.stderr)")
        let tmux = try TmuxSession(journal: journal, columns: 80, rows: 24)
        try tmux.waitFor("Applications")
        try tmux.press("Up", "Up", "Up", "Enter")
        try tmux.waitFor("Initrode, Dev")
        try tmux.press(key)
        try tmux.waitFor(label)
        return tmux
    }

    /// Line 2 holds x and y (said no, yes) and e (which opened an editor): all must stay text.
    static let letter = "Thanks for your time.\nx y e: we went with someone else\nGood luck!"

    func feedbackKeepsEveryLine(bracketed: Bool) throws {
        defer { cleanUp() }
        let tmux = try openPrompt("f", waitingFor: "What did they say?")
        defer { tmux.stop() }
        try tmux.paste(Self.letter, bracketed: bracketed)
        let prompt = try tmux.waitFor("Good luck!")
        #expect(prompt.contains("What did they say?"), "the prompt must still be open:\n\(prompt)")
        #expect(!prompt.contains("Close it as a no"))
        try tmux.press("Enter")
        try tmux.waitFor("Feedback recorded")
        let file = try applicationFile()
        #expect(file.contains("Thanks for your time.\nx y e: we went with someone else\nGood luck!"), "\(file)")
        #expect(file.contains("outcome: open"), "a pasted x y must not close it:\n\(file)")
        #expect(!file.contains("rejected"))
    }

    @Test func aBracketedPasteIsKeptWholeWithItsLines() throws { try feedbackKeepsEveryLine(bracketed: true) }
    @Test func anUnbracketedPasteIsKeptWholeWithItsLines() throws { try feedbackKeepsEveryLine(bracketed: false) }

    @Test func anEventJoinsThePastedLinesWithSpaces() throws {
        defer { cleanUp() }
        let tmux = try openPrompt("e", waitingFor: "What happened?")
        defer { tmux.stop() }
        try tmux.paste("call with Priya\nx y\n", bracketed: false)
        try tmux.waitFor("call with Priya x y")
        try tmux.press("Enter")
        try tmux.waitFor("Added to the timeline.")
        let file = try applicationFile()
        #expect(file.contains("event: call with Priya x y"), "\(file)")
        #expect(file.contains("outcome: open"))
    }

    @Test func aPasteOnTheListRunsNoCommand() throws {
        defer { cleanUp() }
        let tmux = try openPrompt("Down", waitingFor: "Initrode, Dev")
        defer { tmux.stop() }
        try tmux.paste("notes\nxy\n", bracketed: true)
        let screen = try tmux.waitFor("nothing was done")
        #expect(!screen.contains("Close it as a no"))
        #expect(try applicationFile().contains("outcome: open"))
    }
}
