import Foundation
import Testing

/// The hostile journal (Tests/Hostile) through the command line: every command finishes,
/// `doctor` names each bad file, nothing reaches the terminal raw, and no file changes.
@Suite("Hostile journal on the command line", .serialized)
struct HostileCLITests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Hostile/make-hostile-journal.sh").path

    /// ESC, BEL, C1 CSI, and the bidi overrides and isolates.
    static let raw: [String] = ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}", "\u{202C}", "\u{2066}", "\u{2069}"]

    @Test func commandsSurviveAndShowNothingRaw() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("onward-hostile-cli-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        let root = base + "/journal"
        #expect(try ChildProcess.run(["/bin/sh", Self.script, root, base + "/outside"]).status == 0)
        let before = try ChildProcess.run(["/bin/sh", "-c", "cd \(root) && find . -type f ! -name index ! -name '*.tmp-*' -exec md5sum {} + | sort | LC_ALL=C tr -c '[:print:]\\n' '?'"]).stdout

        let doctor = try ChildProcess.run([OnwardBinary.path, "doctor", "--journal", root])
        #expect(doctor.status == 1)
        let lines = doctor.stdout.split(separator: "\n")
        #expect(lines.count >= 29, "\(doctor.stdout)")
        // The temporary file of a writer that is gone is removed (the file it replaced is intact), and said so.
        #expect(doctor.stderr.contains("Removed 1 temporary file left by an interrupted save"), "\(doctor.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root + "/entries/2026/01/.2026-01-01-0934-note-temp.md.tmp-999999-1"))
        for name in ["broken-yaml", "never-closed", "binary", "bad-utf8", "nul", "huge", "empty", "note-folder.md",
                     "loop-a", "outside", "entries/2026/03", "dup", "far-past", "far-future", "ansi.md", "fifo", "stray"] {
            #expect(lines.contains { $0.contains(name) }, "doctor does not mention \(name)")
        }
        for arguments in [["doctor"], ["list"], ["search", "hostileword"], ["stats"], ["insights"], ["list", "--tag", "tag77"],
                          ["show", "2026-01-01-0918-note-osc"], ["show", "2026-01-01-0937-reflection-ansi-body"],
                          ["show", "2026-01-01-0919-reflection-bidi"], ["show", "2026-01-01-0920-note-controls"]] {
            let started = Date()
            let result = try ChildProcess.run([OnwardBinary.path] + arguments + ["--journal", root])
            let label = arguments.joined(separator: " ")
            #expect(Date().timeIntervalSince(started) < 30, "\(label) was slow")
            #expect(result.status == 0 || (arguments == ["doctor"] && result.status == 1), "\(label): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"), "\(label)")
            for sequence in Self.raw {
                #expect(!result.stdout.contains(sequence) && !result.stderr.contains(sequence),
                        "\(label) printed U+\(String(sequence.unicodeScalars.first!.value, radix: 16)) raw")
            }
        }
        let after = try ChildProcess.run(["/bin/sh", "-c", "cd \(root) && find . -type f ! -name index ! -name '*.tmp-*' -exec md5sum {} + | sort | LC_ALL=C tr -c '[:print:]\\n' '?'"]).stdout
        #expect(before == after)
        #expect(before.split(separator: "\n").count >= 30)
    }
}
