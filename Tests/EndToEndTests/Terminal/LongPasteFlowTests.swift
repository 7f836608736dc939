import Foundation
import Testing

/// A long paste into the real binary stays in view: the box fills the screen, the last line
/// pasted is shown, and a marker says how many lines are above.
@Suite("A long paste in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable), .timeLimit(.minutes(2)))
struct LongPasteFlowTests {
    let journal = FileManager.default.temporaryDirectory.appendingPathComponent("onward-e2e-\(UUID().uuidString)").path

    func cleanUp() {
        for suffix in ["", "-home", "-config"] { try? FileManager.default.removeItem(atPath: journal + suffix) }
    }

    @Test(arguments: [[80, 24], [60, 20], [50, 16]])
    func aLongPasteOnTheBlankPageStaysVisible(size: [Int]) throws {
        defer { cleanUp() }
        let tmux = try TmuxSession(arguments: ["write"], journal: journal, columns: size[0], rows: size[1])
        defer { tmux.stop() }
        try tmux.waitFor("Just write")
        let lines = (1...60).map { "pasted line \($0) of the letter" }
        try tmux.paste(lines.joined(separator: "\n"))
        let screen = try tmux.waitFor("pasted line 60 of the letter")
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let shown = rows.filter { $0.contains("of the letter") }
        // Title, intro, status and footer aside, the page shows the person's words.
        #expect(shown.count >= size[1] - 8, "\(screen)")
        let first = shown.first.flatMap { $0.split(separator: " ").dropFirst(2).first }.flatMap { Int($0) } ?? 0
        #expect(screen.contains("↑ \(first - 1) more lines above"), "\(screen)")
    }
}
