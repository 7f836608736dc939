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

    @Test func namesDraftsThatCannotBeRead() throws {
        let folder = try QueryFixture.copy()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        let healthy = JournalDoctor(store: store).check(try store.load()).map(\.description)
        // A readable draft is no problem; broken, binary and bare-text drafts are.
        try folder.write(".onward/drafts/2026-12-01-0900-note.md",
                         "---\nid: 2026-12-01-0900-note\nkind: note\nstatus: draft\ncreated: 2026-12-01T09:00:00+00:00\n---\n# fine\n")
        try folder.write(".onward/drafts/2026-12-01-0901-reflection.md",
                         "---\nid: 2026-12-01-0901-reflection\nkind: reflection\ncreated: [broken\n---\n# Words I typed\n")
        try folder.write(".onward/drafts/2026-12-01-0902-note.md", [0x23, 0x20, 0x00, 0xFF, 0x41])
        try folder.write(".onward/drafts/2026-12-01-0903-note.md", "only my words, no front matter\n")
        #expect(store.drafts().map(\.id.rawValue) == ["2026-12-01-0900-note"])

        let lines = JournalDoctor(store: store).check(try store.load()).map(\.description)
        let added = lines.filter { !healthy.contains($0) }
        #expect(added.count == 3, "\(added)")
        for name in ["0901-reflection", "0902-note", "0903-note"] {
            #expect(added.contains { $0.hasPrefix(".onward/drafts/2026-12-01-\(name).md: this draft cannot be read, so onward does not offer it: ") })
        }
        #expect(added.contains { $0.contains("NUL bytes") })
        #expect(!lines.contains { $0.contains("2026-12-01-0900-note.md") })
    }

    @Test func aHealthyJournalHasNoProblems() throws {
        let folder = try QueryFixture.copy()
        defer { folder.cleanUp() }
        try FileManager.default.removeItem(atPath: folder.path + "/entries/2026/12/2026-12-06-1000-checkin.md")
        let store = JournalStore(root: folder.path)
        #expect(JournalDoctor(store: store).check(try store.load()).isEmpty)
    }
}
