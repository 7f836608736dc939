import Foundation
import Testing
@testable import JournalCore

@Suite("JournalDoctor")
struct JournalDoctorTests {
    @Test func findsEveryKindOfProblem() throws {
        let folder = try QueryFixture.copy()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        // A front-matter id that disagrees with the file name.
        let acme = "entries/2026/11/2026-11-27-1405-reflection-acme.md"
        let text = String(decoding: try #require(folder.read(acme)), as: UTF8.self)
        try folder.write(acme, text.replacingOccurrences(of: "id: 2026-11-27-1405-reflection-acme", with: "id: something-else"))
        // The same file name in two folders, one of them not entries/YYYY/MM.
        let note = try #require(folder.read("entries/2026/12/2026-12-03-1800-note-coffee-with-sam.md"))
        try folder.write("entries/misc/2026-12-03-1800-note-coffee-with-sam.md", note)
        // An entry outside entries/ and a leftover temp file.
        try folder.write("old/2026-01-01-checkin.md", note)
        try folder.write("entries/2026/12/.2026-12-01-0915-checkin.md.tmp-123-456", "half")

        let problems = JournalDoctor(store: store).check(try store.load())
        let lines = problems.map(\.description)
        #expect(lines.contains { $0.hasPrefix(acme + ": its front matter says id 'something-else'") })
        #expect(lines.contains { $0.hasPrefix("entries/2026/12/2026-12-06-1000-checkin.md: ") })
        #expect(lines.contains { $0.hasPrefix("entries/misc/2026-12-03-1800-note-coffee-with-sam.md: it is outside entries/YYYY/MM/") })
        #expect(lines.filter { $0.contains("is also used by") }.count == 2)
        #expect(lines.contains { $0.hasPrefix("old/2026-01-01-checkin.md: it looks like an entry") })
        #expect(lines.contains { $0.hasPrefix("entries/2026/12/.2026-12-01-0915-checkin.md.tmp-123-456: a temporary file") })
    }

    @Test func aHealthyJournalHasNoProblems() throws {
        let folder = try QueryFixture.copy()
        defer { folder.cleanUp() }
        try FileManager.default.removeItem(atPath: folder.path + "/entries/2026/12/2026-12-06-1000-checkin.md")
        let store = JournalStore(root: folder.path)
        #expect(JournalDoctor(store: store).check(try store.load()).isEmpty)
    }
}
