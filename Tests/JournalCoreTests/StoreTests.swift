import Foundation
import Testing
@testable import JournalCore

/// umask is process-wide, so the tests that change it run one at a time.
@Suite("Journal store", .serialized)
struct StoreTests {
    static func entry(_ kind: EntryKind = .checkin, at time: String = "2026-11-27T14:05:00+01:00", slug: String? = nil) throws -> Entry {
        let t = try timestamp(time)
        var e = Entry(id: EntryID.make(at: t, kind: kind, slugSource: slug), kind: kind, created: t)
        e.mood = 6
        e.setSection("Note", body: "Sent two applications.")
        return e
    }

    /// Runs `body` with a temp journal, cleaning up afterwards.
    func withJournal(_ body: (TempFolder, JournalStore) throws -> Void) throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        try body(folder, JournalStore(root: folder.path + "/journal"))
    }

    @Test(arguments: [0o000, 0o077, 0o022] as [mode_t])
    func prepareMakesPrivateFoldersWhateverTheUmask(mask: mode_t) throws {
        try withJournal { folder, store in
            let old = umask(mask)
            defer { umask(old) }
            let stored = try store.create(try Self.entry())
            try store.saveDraft(try Self.entry(.reflection))
            for dir in ["journal", "journal/entries", "journal/entries/2026", "journal/entries/2026/11", "journal/.onward", "journal/.onward/drafts"] {
                #expect(mode(of: folder.path + "/" + dir) == 0o700, "\(dir)")
            }
            #expect(mode(of: store.absolute(stored.relativePath)) == 0o600)
            let draft = store.draftsFolder + "/" + (try Self.entry(.reflection)).id.rawValue + ".md"
            #expect(mode(of: draft) == 0o600)
        }
    }

    @Test func createWritesWhereTheDesignSays() throws {
        try withJournal { folder, store in
            let e = try Self.entry(.reflection, slug: "Acme Corp")
            let stored = try store.create(e)
            #expect(stored.relativePath == "entries/2026/11/2026-11-27-1405-reflection-acme-corp.md")
            let bytes = try #require(folder.read("journal/" + stored.relativePath))
            #expect(String(decoding: bytes, as: UTF8.self) == EntryCodec.encode(e))
            let snapshot = try store.load()
            #expect(snapshot.entries.map(\.entry) == [e])
            #expect(snapshot.problems.isEmpty)
            #expect(snapshot.entry(e.id)?.size == bytes.count)
        }
    }

    @Test func twoCreatesInTheSameMinuteGetASuffix() throws {
        try withJournal { _, store in
            let first = try store.create(try Self.entry())
            let second = try store.create(try Self.entry())
            let third = try store.create(try Self.entry())
            #expect(first.entry.id.rawValue == "2026-11-27-1405-checkin")
            #expect(second.entry.id.rawValue == "2026-11-27-1405-checkin-2")
            #expect(third.entry.id.rawValue == "2026-11-27-1405-checkin-3")
            #expect(second.relativePath.hasSuffix("/2026-11-27-1405-checkin-2.md"))
            #expect(try store.load().entries.count == 3)
        }
    }

    @Test func createDropsDraftStatusAndRefusesUnsafeIds() throws {
        try withJournal { folder, store in
            var e = try Self.entry()
            e.status = "draft"
            #expect(try store.create(e).entry.status == nil)
            var bad = try Self.entry()
            bad.id = EntryID("../../escape")
            #expect(throws: StoreError.self) { try store.create(bad) }
            #expect(throws: StoreError.self) { try store.saveDraft(bad) }
            #expect(!folder.allPaths().contains { $0.contains("escape") })
        }
    }

    @Test func updateRewritesInPlace() throws {
        try withJournal { folder, store in
            let stored = try store.create(try Self.entry())
            var e = stored.entry
            e.mood = 9
            e.updated = try timestamp("2026-11-27T20:00:00+01:00")
            try store.update(e, at: stored.relativePath)
            let again = try store.load()
            #expect(again.entries.count == 1)
            #expect(again.entries.first?.entry.mood == 9)
            #expect(again.entries.first?.relativePath == stored.relativePath)
            #expect(!folder.allPaths().contains { $0.contains(".tmp") })
        }
    }

    @Test func updateRefusesToOverwriteAFileThatNoLongerParses() throws {
        try withJournal { folder, store in
            let stored = try store.create(try Self.entry())
            let broken = "---\nkind: checkin\ncreated: 2026-11-27T14:05:00+01:00\nmood: [oops\n---\nmy hand-typed words\n"
            try folder.write("journal/" + stored.relativePath, broken)
            var e = stored.entry
            e.mood = 2
            let error = #expect(throws: StoreError.self) { try store.update(e, at: stored.relativePath) }
            #expect(error?.message.contains("fix it by hand") == true)
            #expect(folder.read("journal/" + stored.relativePath) == Array(broken.utf8))
        }
    }

    @Test func deleteMovesToTrashAndNeverOverwritesTrash() throws {
        try withJournal { folder, store in
            let a = try store.create(try Self.entry())
            let trashed = try store.delete(a.relativePath)
            #expect(trashed == ".onward/trash/2026-11-27-1405-checkin.md")
            #expect(!folder.exists("journal/" + a.relativePath))
            #expect(try store.load().entries.isEmpty)

            // The same name again: both copies are kept.
            let b = try store.create(try Self.entry())
            #expect(b.relativePath == a.relativePath)
            let trashed2 = try store.delete(b.relativePath)
            #expect(trashed2 == ".onward/trash/2026-11-27-1405-checkin-2.md")
            #expect(folder.exists("journal/.onward/trash/2026-11-27-1405-checkin.md"))
            #expect(mode(of: store.trashFolder) == 0o700)
            #expect(throws: StoreError.self) { try store.delete("entries/2026/11/missing.md") }
        }
    }

    @Test func draftsSaveListAndRemove() throws {
        try withJournal { folder, store in
            var older = try Self.entry(.reflection, at: "2026-11-27T10:00:00Z")
            older.company = "Acme"
            var newer = try Self.entry(.checkin, at: "2026-11-27T11:00:00Z")
            newer.updated = try timestamp("2026-11-27T12:00:00Z")
            try store.saveDraft(older)
            try store.saveDraft(newer)
            let text = String(decoding: folder.read("journal/.onward/drafts/\(older.id).md") ?? [], as: UTF8.self)
            #expect(text.contains("status: draft\n"))
            let drafts = store.drafts()
            #expect(drafts.map(\.id) == [newer.id, older.id])
            #expect(drafts.allSatisfy { $0.status == "draft" })
            #expect(drafts.last?.company == "Acme")
            // Drafts are not entries.
            #expect(try store.load().entries.isEmpty)
            try store.removeDraft(older.id)
            #expect(store.drafts().map(\.id) == [newer.id])
            try store.removeDraft(older.id)  // removing twice is fine
        }
    }

    @Test func brokenFileIsReportedAndNotModified() throws {
        try withJournal { folder, store in
            try store.create(try Self.entry())
            let path = "entries/2026/11/2026-11-20-0900-note.md"
            let text = "---\nkind: diary\ncreated: 2026-11-20T09:00:00Z\n---\nwords I wrote\n"
            try folder.write("journal/" + path, text)
            let before = fingerprint(folder.read("journal/" + path))
            let mtimeBefore = store.fileSystem.status(store.absolute(path))?.modified
            let snapshot = try store.load()
            #expect(snapshot.entries.count == 1)
            let problem = try #require(snapshot.problems.first)
            #expect(snapshot.problems.count == 1)
            #expect(problem.relativePath == path)
            #expect(problem.reason.contains("diary"))
            #expect(problem.reason.contains("line 2"))
            #expect(fingerprint(folder.read("journal/" + path)) == before)
            #expect(store.fileSystem.status(store.absolute(path))?.modified == mtimeBefore)
        }
    }

    @Test func symlinkedEntryIsReportedNotFollowed() throws {
        try withJournal { folder, store in
            try store.prepare()
            try folder.write("outside.md", EntryCodec.encode(try Self.entry()))
            try FileManager.default.createDirectory(atPath: store.entriesFolder + "/2026/11", withIntermediateDirectories: true)
            let link = store.entriesFolder + "/2026/11/2026-11-27-1405-checkin.md"
            #expect(symlink(folder.path + "/outside.md", link) == 0)
            let snapshot = try store.load()
            #expect(snapshot.entries.isEmpty)
            #expect(snapshot.problems.map(\.relativePath) == ["entries/2026/11/2026-11-27-1405-checkin.md"])
            #expect(snapshot.problems.first?.reason.contains("symbolic link") == true)
            // And a write through the link is refused rather than landing outside the journal.
            let before = folder.read("outside.md")
            #expect(throws: StoreError.self) { try store.update(try Self.entry(), at: "entries/2026/11/2026-11-27-1405-checkin.md") }
            #expect(folder.read("outside.md") == before)
        }
    }

    @Test func missingJournalLoadsAsEmptyWithoutCreatingAnything() throws {
        try withJournal { folder, store in
            let snapshot = try store.load()
            #expect(snapshot.entries.isEmpty && snapshot.problems.isEmpty)
            #expect(store.drafts().isEmpty)
            #expect(folder.allPaths().isEmpty)
        }
    }

    @Test func journalPathThatIsAFileIsAnError() throws {
        try withJournal { folder, store in
            try folder.write("journal", "not a folder")
            #expect(throws: StoreError.self) { try store.load() }
            #expect(throws: StoreError.self) { try store.prepare() }
        }
    }

    @Test(arguments: [
        ("non-utf8", [0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A] as [UInt8], "UTF-8"),
        ("nul", Array("---\nkind: note\n".utf8) + [0, 0, 0], "NUL"),
        ("empty", [], "empty"),
    ] as [(String, [UInt8], String)])
    func badBytesAreReported(name: String, bytes: [UInt8], mention: String) throws {
        try withJournal { folder, store in
            try store.prepare()
            let path = "entries/2026/11/2026-11-01-0000-\(name).md"
            try folder.write("journal/" + path, bytes)
            let snapshot = try store.load()
            #expect(snapshot.entries.isEmpty)
            #expect(snapshot.problems.map(\.relativePath) == [path])
            #expect(snapshot.problems.first?.reason.contains(mention) == true, "\(snapshot.problems)")
            #expect(folder.read("journal/" + path) == bytes)
        }
    }

    @Test func fileWithANonUTF8NameIsReportedNotSkipped() throws {
        try withJournal { folder, store in
            try store.prepare()
            // The name "\xFF.md" cannot be spelled in a Swift String, so make it with open(2).
            var name: [CChar] = Array((store.entriesFolder + "/").utf8CString.dropLast())
            name += [CChar(bitPattern: 0xFF), 0x2E, 0x6D, 0x64, 0]
            let fd = open(name, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            #expect(fd >= 0)
            close(fd)
            let snapshot = try store.load()
            #expect(snapshot.entries.isEmpty)
            #expect(snapshot.problems.count == 1, "\(snapshot.problems)")
            #expect(snapshot.problems.first?.reason.contains("UTF-8") == true)
        }
    }

    @Test func fileOverTheSizeLimitIsReported() throws {
        try withJournal { folder, store in
            try store.prepare()
            let path = "entries/2026/11/2026-11-01-0000-huge.md"
            // A sparse file: big on paper, cheap to make.
            try folder.write("journal/" + path, "---\n")
            #expect(truncate(store.absolute(path), off_t(EntryFileReader.sizeLimit + 1)) == 0)
            let snapshot = try store.load()
            #expect(snapshot.problems.map(\.relativePath) == [path])
            #expect(snapshot.problems.first?.reason.contains("too large (11 MB)") == true, "\(snapshot.problems)")
        }
    }

    @Test func nonMarkdownAndHiddenFilesAreIgnoredAndFoldersNamedMdReported() throws {
        try withJournal { folder, store in
            try store.create(try Self.entry())
            try folder.write("journal/entries/2026/11/notes.txt", "hello")
            try folder.write("journal/entries/2026/11/.2026-11-27-1405-checkin.md.tmp-1-2", "half")
            try FileManager.default.createDirectory(atPath: store.entriesFolder + "/odd.md", withIntermediateDirectories: true)
            let snapshot = try store.load()
            #expect(snapshot.entries.count == 1)
            #expect(snapshot.problems.isEmpty)  // a folder is walked, not read as a file
        }
    }

    @Test func fileNameIsTheIdAndEntriesSortNewestFirst() throws {
        try withJournal { folder, store in
            try store.prepare()
            // No id in the front matter, and one whose id disagrees with its name.
            try folder.write("journal/entries/2026/10/2026-10-01-0800-note.md", "---\nkind: note\ncreated: 2026-10-01T08:00:00Z\n---\n")
            try folder.write("journal/entries/2026/10/2026-10-02-0800-note.md", "---\nid: something-else\nkind: note\ncreated: 2026-10-02T08:00:00Z\n---\n")
            try store.create(try Self.entry(at: "2026-09-01T08:00:00Z"))
            let ids = try store.load().entries.map(\.entry.id.rawValue)
            #expect(ids == ["2026-10-02-0800-note", "2026-10-01-0800-note", "2026-09-01-0800-checkin"])
        }
    }

    @Test func readEntryAndRawBytes() throws {
        try withJournal { folder, store in
            let stored = try store.create(try Self.entry())
            guard case .success(let read) = store.readEntry(stored.relativePath) else { Issue.record("not readable"); return }
            #expect(read.entry == stored.entry)
            #expect(try store.rawBytes(stored.relativePath) == folder.read("journal/" + stored.relativePath))
            guard case .failure(let problem) = store.readEntry("entries/2026/11/nope.md") else { Issue.record("read a missing file"); return }
            #expect(problem.reason.contains("no longer exists"))
            #expect(throws: StoreError.self) { try store.rawBytes("entries/nope.md") }
        }
    }

    @Test(arguments: [
        (nil, ["ONWARD_JOURNAL": "/j"], "/j"),
        ("/flag/", ["ONWARD_JOURNAL": "/j"], "/flag"),
        ("~/notes", ["HOME": "/home/p"], "/home/p/notes"),
        (nil, ["XDG_DATA_HOME": "/xdg", "HOME": "/home/p"], "/xdg/onward"),
        (nil, ["XDG_DATA_HOME": "relative", "HOME": "/home/p"], "/home/p/.local/share/onward"),
        (nil, ["HOME": "/home/p"], "/home/p/.local/share/onward"),
    ] as [(String?, [String: String], String)])
    func journalLocation(flag: String?, environment: [String: String], expected: String) {
        #expect(JournalLocation.resolve(flag: flag, environment: environment) == expected)
    }
}
