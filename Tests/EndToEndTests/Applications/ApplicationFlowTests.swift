import Foundation
import Testing

/// From adding an application on screen to "this one said no" to a saved reflection that
/// names it, through the real binary in tmux.
@Suite("Applications in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable), .timeLimit(.minutes(2)))
struct ApplicationFlowTests {
    let journal = FileManager.default.temporaryDirectory.appendingPathComponent("onward-e2e-app-\(UUID().uuidString)").path

    func cleanUp() {
        for suffix in ["", "-home", "-config"] { try? FileManager.default.removeItem(atPath: journal + suffix) }
    }

    func entryFiles() -> [String] {
        let all = (FileManager.default.enumerator(atPath: journal + "/entries")?.allObjects as? [String]) ?? []
        return all.filter { $0.hasSuffix(".md") }.sorted()
    }

    func file(_ kind: String) throws -> String {
        let name = try #require(entryFiles().first { $0.contains("-\(kind)-") }, "no \(kind) among \(entryFiles())")
        return try String(contentsOfFile: journal + "/entries/" + name, encoding: .utf8)
    }

    @Test func addThenSaidNoThenASavedReflectionThatNamesIt() throws {
        defer { cleanUp() }
        let tmux = try TmuxSession(journal: journal, columns: 80, rows: 24)
        defer { tmux.stop() }
        try tmux.waitFor("Applications")
        // Up from the first item wraps to Quit; Applications is above Other exercises.
        try tmux.press("Up", "Up", "Up", "Enter")
        try tmux.waitFor("No applications yet")
        try tmux.press("a")
        try tmux.waitFor("Company:")
        // Each answer is seen before its Enter: under load, words and Enter read in one go are a
        // burst, which a question takes whole as pasted text (its Enter included).
        try tmux.type("Globex")
        try tmux.waitFor("Company: Globex")
        try tmux.press("Enter")
        try tmux.waitFor("Role:")
        try tmux.type("Platform Engineer")
        try tmux.waitFor("Role: Platform Engineer")
        try tmux.press("Enter")
        try tmux.waitFor("Added Globex, Platform Engineer.")
        try tmux.press("m")
        try tmux.waitFor("Reached screening call on:")
        try tmux.press("Enter")
        try tmux.waitFor("screening call (1)")
        try tmux.press("x")
        try tmux.waitFor("Close it as a no and reflect on it? y/n")
        try tmux.press("y")
        let step1 = try tmux.waitFor("Step 1 of 10")
        #expect(step1.contains("Globex"))
        for n in 2...10 {
            try tmux.press("C-n")
            try tmux.waitFor("Step \(n) of 10")
        }
        try tmux.press("C-n")
        let summary = try tmux.waitFor("Your reflection, to read over before saving")
        #expect(summary.contains("Globex, Platform Engineer"))
        try tmux.press("Enter")
        try tmux.waitFor("Saved")

        let application = try file("application")
        let reflection = try file("reflection")
        let appID = try #require(entryFiles().first { $0.contains("-application-") }).split(separator: "/").last!.dropLast(3)
        let reflectionID = try #require(entryFiles().first { $0.contains("-reflection-") }).split(separator: "/").last!.dropLast(3)
        #expect(reflection.contains("application: \(appID)"))
        #expect(reflection.contains("company: Globex") && reflection.contains("role: Platform Engineer") && reflection.contains("stage: screen"))
        #expect(application.contains("outcome: rejected"))
        #expect(application.contains("reflection: \(reflectionID)"))
        #expect(application.contains(" screen\n") && application.contains(" rejected\n"))
    }
}
