import Foundation
import Testing

/// `onward app close ID rejected --reflect` through the real binary: it refuses before writing
/// anything when another onward has the journal's screen, and the reflection it opens has the
/// same context as `onward reflect` (the setback plan and earlier achievements).
@Suite("Said no from the command line", .serialized, .enabled(if: TmuxSession.isAvailable), .timeLimit(.minutes(2)))
struct ApplicationSaidNoFlowTests {
    let cli = CLITests()
    let journal = FileManager.default.temporaryDirectory.appendingPathComponent("onward-e2e-saidno-\(UUID().uuidString)").path

    func cleanUp() {
        for suffix in ["", "-home", "-config", "-err"] { try? FileManager.default.removeItem(atPath: journal + suffix) }
    }

    func applicationFile() throws -> String {
        let all = (FileManager.default.enumerator(atPath: journal + "/entries")?.allObjects as? [String]) ?? []
        let name = try #require(all.first { $0.contains("-application-") && $0.hasSuffix(".md") })
        return try String(contentsOfFile: journal + "/entries/" + name, encoding: .utf8)
    }

    func addInitrode() throws {
        let added = try cli.onward(["app", "add", "--company", "Initrode", "--role", "Dev"], journal: journal)
        #expect(added.status == 0, "stderr: \(added.stderr)")
    }

    @Test func refusedBeforeAnythingIsWrittenWhenAnotherOnwardIsOpen() throws {
        defer { cleanUp() }
        try addInitrode()
        let before = try applicationFile()
        let first = try TmuxSession(journal: journal)
        defer { first.stop() }
        try first.waitFor("Applications")
        let pane = try ShellPane()
        defer { pane.stop() }
        try pane.waitFor("onward-sh>")
        let command = "HOME=\(shellQuoted(journal + "-home")) XDG_CONFIG_HOME=\(shellQuoted(journal + "-config")) "
            + shellQuoted(OnwardBinary.path) + " app close Initrode rejected --reflect --journal " + shellQuoted(journal)
        try pane.run("clear; " + command + " 2>" + shellQuoted(journal + "-err") + "; echo \"r\"\"c=$?\"")
        let screen = try pane.waitFor("rc=")
        #expect(screen.contains("rc=1"), "\(screen)")
        let error = try String(contentsOfFile: journal + "-err", encoding: .utf8)
        #expect(error.contains("onward is already open on this journal"), "\(error)")
        #expect(error.contains("nothing was changed"), "\(error)")
        #expect(try applicationFile() == before)
    }

    @Test func theReflectionHasTheSetbackPlanAndEarlierAchievements() throws {
        defer { cleanUp() }
        try addInitrode()
        let earlier = journal + "/entries/2026/10/2026-10-02-1000-reflection-acme.md"
        try FileManager.default.createDirectory(atPath: (earlier as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try ("---\nid: 2026-10-02-1000-reflection-acme\nkind: reflection\ncreated: 2026-10-02T10:00:00+01:00\ncompany: Acme\n---\n# Acme\n\n"
             + "## Achievements\n- Led the billing migration\n\n## Next time\n- Take a walk before I reply\n").write(toFile: earlier, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(arguments: ["app", "close", "Initrode", "rejected", "--reflect"], journal: journal, columns: 80, rows: 24)
        defer { tmux.stop() }
        let first = try tmux.waitFor("Step 1 of 10")
        #expect(first.contains("Initrode"))
        #expect(first.contains("Last time you planned: Take a walk before I reply"), "\(first)")
        for n in 2...5 {
            try tmux.press("C-n")
            try tmux.waitFor("Step \(n) of 10")
        }
        try tmux.waitFor("Led the billing migration")
    }
}
