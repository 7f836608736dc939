import Foundation
import Testing

/// Browsing the fixture journal through the real binary in tmux: search, open, edit with a
/// scripted editor, delete to the trash.
@Suite("Browse in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable), .timeLimit(.minutes(2)))
struct BrowseFlowTests {
    let journal = FileManager.default.temporaryDirectory.appendingPathComponent("onward-browse-e2e-\(UUID().uuidString)").path
    var editor: String { journal + "-editor.sh" }

    /// Copies the fixture journal and writes an editor script that appends a lesson.
    func setUp() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("JournalCoreTests/Fixtures/journal").path
        try FileManager.default.copyItem(atPath: fixture, toPath: journal)
        try "#!/bin/sh\nprintf -- '- Added from the scripted editor 🌱\\n' >> \"$1\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
    }

    func cleanUp() {
        for suffix in ["", "-home", "-config", "-editor.sh"] { try? FileManager.default.removeItem(atPath: journal + suffix) }
    }

    func read(_ relative: String) -> String? { try? String(contentsOfFile: journal + "/" + relative, encoding: .utf8) }

    @Test(arguments: [(100, 30), (80, 24)])
    func searchOpenEditAndDelete(size: (Int, Int)) throws {
        defer { cleanUp() }
        try setUp()
        let acme = "entries/2026/11/2026-11-27-1405-reflection-acme.md"
        let coffee = "entries/2026/12/2026-12-03-1800-note-coffee-with-sam.md"
        let tmux = try TmuxSession(journal: journal, columns: size.0, rows: size.1, environment: ["EDITOR": "sh '\(editor)'", "VISUAL": ""])
        defer { tmux.stop() }
        try tmux.waitFor("Browse entries")
        try tmux.press("Down", "Down", "Enter")
        // Wait for the last thing drawn, not the title: a capture can land mid-frame.
        try tmux.waitFor("Your entries")
        var screen = try tmux.waitFor("Acme, Backend Engineer")
        #expect(screen.contains("unreadable"))
        #expect(!screen.contains("coming soon"))

        // Search narrows as the words are typed; Enter opens the one left.
        try tmux.press("/")
        // The search must be open before the words come: under load, "/" and the words read in
        // one go are a burst on the list, which is a paste there and runs nothing.
        try tmux.waitFor("Search:")
        try tmux.type("interview acme")
        screen = try tmux.waitFor("1 of 9")
        #expect(!screen.contains("Globex"))
        try tmux.press("Enter")
        screen = try tmux.waitFor("Friday 27 November 2026, 14:05 · reflection")
        #expect(screen.contains("• Led the migration of the billing service"))

        // Edit with the scripted editor: the screen comes back with the new line.
        try tmux.press("e")
        try tmux.waitFor("Saved by your editor")
        try tmux.press("G")
        try tmux.waitFor("Added from the scripted editor 🌱")
        #expect(read(acme)?.hasSuffix("- Added from the scripted editor 🌱\n") == true)

        // Back to the list, clear the search, open the coffee note and delete it.
        try tmux.press("Escape")
        try tmux.waitFor("Search:")
        try tmux.press("Escape")
        try tmux.waitFor("9 entries")
        try tmux.press("/")
        try tmux.waitFor("Search:")
        try tmux.type("coffee")
        try tmux.waitFor("1 of 9")
        try tmux.press("Enter")
        try tmux.waitFor("Coffee with Sam")
        try tmux.press("d")
        try tmux.waitFor("Move this entry to the trash?")
        try tmux.press("y")
        try tmux.waitFor("Moved to .onward/trash/2026-12-03-1800-note-coffee-with-sam.md")
        #expect(read(coffee) == nil)
        #expect(read(".onward/trash/2026-12-03-1800-note-coffee-with-sam.md")?.contains("Coffee with Sam") == true)

        // Insights from the home screen: achievements, then trends with sparklines.
        try tmux.press("Escape")
        try tmux.waitFor("8 entries")
        try tmux.press("Escape")
        try tmux.waitFor("Browse entries")
        try tmux.press("Down", "Enter")
        screen = try tmux.waitFor("Remember your value")
        #expect(screen.contains("Got through five interview rounds"))
        try tmux.press("3")
        screen = try tmux.waitFor("Feelings in reflections")
        #expect(screen.contains("Scale ▁ 0 … █ 10"))
        try tmux.press("q")
        try tmux.waitForExit()
    }
}
