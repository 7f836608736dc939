import Foundation
import JournalCore
import Testing

/// `onward list` and the screens measure text with the one toolkit in JournalCore: titles with
/// emoji, flags, accents composed or not, CJK and escape characters line up in the table.
@Suite("One text width for the command line and the screens")
struct TextWidthAgreementTests {
    static let titles = [
        "Launch day 🚀", "Done ✅ at last", "Paris 🇫🇷 interview", "Café composed", "Cafe\u{301} decomposed",
        "面接の振り返り", "Escape \u{1B}[31mred", "plain ascii title",
    ]

    @Test func listAlignsEveryTitleByTheSharedWidth() throws {
        let folder = NSTemporaryDirectory() + "onward-width-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let months = folder + "/entries/2026/11"
        try FileManager.default.createDirectory(atPath: months, withIntermediateDirectories: true)
        for (n, title) in Self.titles.enumerated() {
            let day = String(format: "2026-11-%02d", n + 10)
            let text = "---\nid: \(day)-0900-note\nkind: note\ncreated: \(day)T09:00:00+01:00\ntags: [work]\n---\n# \(title)\n\nbody\n"
            try text.write(toFile: months + "/\(day)-0900-note.md", atomically: true, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: OnwardBinary.path)
        process.arguments = ["list", "--journal", folder]
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        try #require(lines.count == Self.titles.count, "\(lines)")
        // Nothing raw reaches the terminal: ESC is shown as ^[.
        #expect(!lines.joined().unicodeScalars.contains { $0.value == 0x1B })
        #expect(lines.contains { $0.contains("Escape ^[[31mred") })
        // The detail after the title starts at one column by the width the screens use; a title
        // measured differently would push it left or right.
        let detailColumns = lines.map { line -> Int in
            let detail = line.range(of: "(#work)", options: .backwards)!
            return DisplayWidth.of(line[..<detail.lowerBound])
        }
        #expect(Set(detailColumns).count == 1, "\(zip(detailColumns, lines).map { "\($0) \($1)" }.joined(separator: "\n"))")
        // The title column is as wide as the widest visible title, measured the same way.
        let widest = Self.titles.map { DisplayWidth.of(SafeText.visible($0, keepNewlines: false)) }.max()!
        // Newest first: the lines list the titles in reverse.
        let titleStart = zip(lines, Self.titles.reversed()).map { line, title -> Int in
            let visible = SafeText.visible(title, keepNewlines: false)
            return line.range(of: visible).map { DisplayWidth.of(line[..<$0.lowerBound]) } ?? -1
        }
        #expect(Set(titleStart).count == 1, "\(titleStart)")
        #expect(detailColumns[0] == titleStart[0] + widest + 2)
    }

    @Test func theSharedWidthsOfTheHardCases() {
        #expect(DisplayWidth.of("🚀") == 2)
        #expect(DisplayWidth.of("✅") == 2)
        #expect(DisplayWidth.of("🇫🇷") == 2)
        #expect(DisplayWidth.of("Café") == 4)
        #expect(DisplayWidth.of("Cafe\u{301}") == 4)
        #expect(DisplayWidth.of("面接") == 4)
        #expect(DisplayWidth.of("\u{1B}") == 0)  // never drawn raw: shown as ^[ (two columns)
        #expect(DisplayWidth.of(SafeText.visible("\u{1B}")) == 2)
        #expect(TextFit.truncate("Launch 🚀🚀", toWidth: 9) == "Launch …")
        #expect(TextFit.padded("🇫🇷", toWidth: 4) == "🇫🇷  ")
        #expect(TextFit.fitted("面接の", toWidth: 5) == "面接 ")
    }
}
