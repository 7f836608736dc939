import Foundation
import Testing

/// Editing from Browse in a real terminal while `onward app note` writes the same file from a
/// shell: the editor's save keeps the note (issue 11's "the return from $EDITOR").
@Suite("Editor return merges a write made meanwhile", .serialized, .enabled(if: TmuxSession.isAvailable), .timeLimit(.minutes(2)))
struct EditorMergeFlowTests {
    let journal = FileManager.default.temporaryDirectory.appendingPathComponent("onward-editmerge-e2e-\(UUID().uuidString)").path
    var scratch: String { journal + "-scratch" }

    func cleanUp() {
        for suffix in ["", "-home", "-config", "-scratch"] { try? FileManager.default.removeItem(atPath: journal + suffix) }
    }

    func onward(_ arguments: String...) throws -> ChildProcess.Result {
        try ChildProcess.run(["env", "HOME=\(journal)-home", "LANG=C.UTF-8", OnwardBinary.path, "--journal", journal] + arguments)
    }

    /// Waits until `path` exists; false when the deadline passes.
    func waitForFile(_ path: String, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: path) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// An editor that holds the text in memory, as vim or nano do: it reads the file, says it is
    /// open, waits for the test's go-ahead (with a deadline of its own), and writes back what it
    /// read with one line more.
    func writeEditor() throws -> String {
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let path = scratch + "/editor.sh"
        let script = """
        #!/bin/sh
        held=$(cat "$1"; printf x)
        : > '\(scratch)/open'
        i=0
        while [ ! -e '\(scratch)/go' ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done
        printf '%s- 2026-11-28 screen: call with Priya\\n' "${held%x}" > "$1"
        """
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        // Run by `sh` (see BrowseFlowTests): never exec'd, so never "text file busy".
        return "sh '\(path)'"
    }

    @Test func aNoteFromTheShellWhileTheEditorIsOpenIsKept() throws {
        defer { cleanUp() }
        let added = try onward("app", "add", "--company", "Ed", "--role", "Engineer", "--applied", "2026-11-20")
        try #require(added.status == 0, "\(added.stderr)")
        let editor = try writeEditor()
        let tmux = try TmuxSession(journal: journal, columns: 80, rows: 24, environment: ["EDITOR": editor, "VISUAL": ""])
        defer { tmux.stop() }
        try tmux.waitFor("Browse entries")
        try tmux.press("Down", "Down", "Enter")
        try tmux.waitFor("Ed, Engineer")
        try tmux.press("Enter")
        try tmux.waitFor("· application")
        try tmux.press("e")
        try #require(waitForFile(scratch + "/open"), "the editor never started")

        let note = try onward("app", "note", "Ed", "CLI note during editor")
        #expect(note.status == 0, "\(note.stderr)")
        try #require(FileManager.default.createFile(atPath: scratch + "/go", contents: nil))

        let screen = try tmux.waitFor("Saved by your editor")
        #expect(screen.contains("kept too"), "\(screen)")
        let files = (FileManager.default.enumerator(atPath: journal + "/entries")?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".md") }
        try #require(files.count == 1, "\(files)")
        let text = try String(contentsOfFile: journal + "/entries/" + files[0], encoding: .utf8)
        #expect(text.contains("CLI note during editor"), "the shell's note was lost:\n\(text)")
        #expect(text.contains("- 2026-11-28 screen: call with Priya"), "the editor's line was lost:\n\(text)")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: journal + "/.onward/editing")) ?? []).isEmpty,
                "the editor's copy is removed once merged")
        let doctor = try onward("doctor")
        #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
    }
}
