import Testing
@testable import JournalCore

@Suite("FollowUps")
struct FollowUpsTests {
    private func stored(_ time: String, due: String?, note: String?, done: Bool? = nil, status: EntryStatus? = nil,
                        kind: EntryKind = .reflection) throws -> StoredEntry {
        let t = try timestamp(time)
        var e = Entry(id: EntryID.make(at: t, kind: kind, slugSource: note), kind: kind, created: t)
        e.company = "Acme"
        e.followUp = try due.map { try QueryFixture.day($0) }
        e.followUpNote = note
        e.followUpDone = done
        e.status = status
        return StoredEntry(entry: e, relativePath: "entries/x/\(e.id).md", size: 0, modified: 0)
    }

    @Test func listsDueAndOverdueOnlyOldestFirst() throws {
        let entries = try [
            stored("2026-11-01T10:00:00+01:00", due: "2026-11-27", note: "due today"),
            stored("2026-11-02T10:00:00+01:00", due: "2026-11-20", note: "overdue"),
            stored("2026-11-03T10:00:00+01:00", due: "2026-11-28", note: "tomorrow"),
            stored("2026-11-04T10:00:00+01:00", due: "2026-11-10", note: "already done", done: true),
            stored("2026-11-05T10:00:00+01:00", due: "2026-11-10", note: "in a draft", status: "draft"),
            stored("2026-11-06T10:00:00+01:00", due: nil, note: "no date"),
            stored("2026-11-07T10:00:00+01:00", due: "2026-11-10", note: "not a reflection", kind: .note),
            stored("2026-11-08T10:00:00+01:00", due: "2026-11-26", note: "open again", done: false),
        ]
        let today = try QueryFixture.day("2026-11-27")
        let due = FollowUps.due(in: entries, today: today)
        #expect(due.map(\.note) == ["overdue", "open again", "due today"])
        #expect(due.map { $0.isOverdue(today: today) } == [true, true, false])
        #expect(due.first?.relativePath == entries[1].relativePath)
    }

    @Test func aBlankNoteFallsBackToTheTitle() throws {
        let due = FollowUps.due(in: [try stored("2026-11-01T10:00:00+01:00", due: "2026-11-02", note: "  ")], today: try QueryFixture.day("2026-11-27"))
        #expect(due.first?.note == "Follow up on Acme")
    }

    @Test func markingDoneKeepsEverythingElse() throws {
        var entry = try stored("2026-11-01T10:00:00+01:00", due: "2026-11-02", note: "ask for feedback").entry
        entry.extraFields = [RawField(key: "weather", text: "weather: sunny")]
        let now = try timestamp("2026-11-27T09:00:00+01:00")
        let done = FollowUps.marking(entry, done: true, at: now)
        #expect(done.followUpDone == true)
        #expect(done.updated == now)
        #expect(done.extraFields == entry.extraFields)
        #expect(done.followUpNote == entry.followUpNote)
        #expect(FollowUps.marking(done, done: false, at: now).followUpDone == false)
    }

    @Test func markedDoneSurvivesAWriteAndDropsOffTheList() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        let saved = try store.create(try stored("2026-11-01T10:00:00+01:00", due: "2026-11-02", note: "ask for feedback").entry)
        let today = try QueryFixture.day("2026-11-27")
        #expect(FollowUps.due(in: try store.load().entries, today: today).count == 1)
        try store.update(FollowUps.marking(saved.entry, done: true, at: try timestamp("2026-11-27T09:00:00+01:00")), at: saved.relativePath)
        #expect(FollowUps.due(in: try store.load().entries, today: today).isEmpty)
        #expect(String(decoding: try #require(folder.read(saved.relativePath)), as: UTF8.self).contains("follow_up_done: true"))
    }
}
