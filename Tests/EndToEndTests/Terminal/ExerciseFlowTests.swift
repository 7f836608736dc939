import Foundation
import Testing

/// One expressive-writing session through the real binary in tmux, its timer shortened to a
/// few seconds by `ONWARD_TIMER_SECONDS`.
@Suite("An exercise in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable), .timeLimit(.minutes(2)))
struct ExerciseFlowTests {
    let journal = FileManager.default.temporaryDirectory.appendingPathComponent("onward-e2e-\(UUID().uuidString)").path

    func cleanUp() {
        for suffix in ["", "-home", "-config"] { try? FileManager.default.removeItem(atPath: journal + suffix) }
    }

    func entryFiles() -> [String] {
        let all = (FileManager.default.enumerator(atPath: journal + "/entries")?.allObjects as? [String]) ?? []
        return all.filter { $0.hasSuffix(".md") }.sorted()
    }

    @Test func writeItOutWithItsQuietTimer() throws {
        defer { cleanUp() }
        let tmux = try TmuxSession(arguments: ["home"], journal: journal, columns: 80, rows: 24, environment: ["ONWARD_TIMER_SECONDS": "3", "ONWARD_JOURNAL": journal])
        defer { tmux.stop() }
        try tmux.waitFor("Other exercises")
        try tmux.press("Up", "Up", "Enter")  // Other exercises, just above Quit (the menu wraps)
        let list = try tmux.waitFor("A kinder letter")
        #expect(list.contains("› Write it out · about 20 minutes"))
        #expect(list.contains("What matters to me · about 15 minutes"))
        try tmux.press("Enter")
        try tmux.waitFor("Step 1 of 3 · Before you start")
        try tmux.type("6")
        try tmux.press("C-n")
        let writing = try tmux.waitFor("Step 2 of 3 · Write")
        #expect(writing.contains("under a minute left") || writing.contains("time's up"))
        try tmux.type("It still stings, and writing it down helps a little.")
        // The time runs out quietly; the text stays and the person goes on when ready.
        let up = try tmux.waitFor("time's up · stop when you like")
        #expect(up.contains("It still stings"))
        try tmux.press("C-n")
        try tmux.waitFor("Step 3 of 3 · Afterwards")
        try tmux.type("2")
        try tmux.press("C-n")
        try tmux.waitFor("What you wrote, to read over before saving")
        try tmux.press("Enter")
        let saved = try tmux.waitFor("Saved.")
        let files = entryFiles()
        #expect(files.count == 1 && files[0].hasSuffix("-note-write-it-out.md"), "\(saved)")
        let text = (try? String(contentsOfFile: journal + "/entries/" + (files.first ?? ""), encoding: .utf8)) ?? ""
        #expect(text.contains("exercise: write-it-out\n"))
        #expect(text.contains("intensity_before: 6\n"))
        #expect(text.contains("intensity_after: 2\n"))
        #expect(text.contains("minutes: 1\n"))
        #expect(text.contains("## Writing\nIt still stings, and writing it down helps a little."))
    }
}
