import Foundation
import JournalCore
import Testing
@testable import TerminalUI

/// The browse list and entry view over the hostile journal (Tests/Hostile): every row and
/// every readable entry renders, at 80x24 and 20x6, with no control character on screen.
@Suite("Browse over the hostile journal", .serialized)
struct BrowseHostileTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Hostile/make-hostile-journal.sh").path

    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            (s.value < 0x20 && s != "\n") || s.value == 0x7F || (s.value >= 0x80 && s.value < 0xA0)
                || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }
    }

    @Test func everyRowAndEntryRendersSafely() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("onward-hostile-tui-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/bin/sh")
        make.arguments = [Self.script, base + "/journal", base + "/outside"]
        try make.run()
        make.waitUntilExit()
        let snapshot = try JournalStore(root: base + "/journal").load()
        let rows = BrowseRow.rows(for: snapshot)
        #expect(rows.count >= snapshot.entries.count)
        for (height, width) in [(24, 80), (6, 20)] {
            let browse = BrowseScreen(snapshot: snapshot)
            _ = browse.handle(.resize(Size(rows: height, columns: width)))
            for _ in 0..<rows.count {
                let buffer = ScreenBuffer(rows: height, columns: width)
                browse.render(on: buffer)
                #expect(!Self.hasRawControl(buffer.text), "browse list at \(width)x\(height):\n\(buffer.text)")
                _ = browse.handle(.key(.down))
            }
            for row in rows {
                let entry = EntryScreen(row: row)
                _ = entry.handle(.resize(Size(rows: height, columns: width)))
                for _ in 0..<3 {
                    let buffer = ScreenBuffer(rows: height, columns: width)
                    entry.render(on: buffer)
                    #expect(!Self.hasRawControl(buffer.text), "\(row.relativePath) at \(width)x\(height):\n\(buffer.text)")
                    _ = entry.handle(.key(.pageDown))
                }
            }
        }
    }
}
