import Testing
@testable import JournalCore

/// Check-in lists and notes merge by whole items, and a form's save carries only its changes.
@Suite("Check-in merges by whole items")
struct CheckinMergeTests {
    static func day() throws -> Entry {
        let t = try timestamp("2026-12-07T08:30:00+01:00")
        var e = CheckinUpdate.apply(CheckinValues(mood: 5, selfCare: ["exercise"]), to: nil, at: t)
        e.setSection(CheckinUpdate.noteHeading, body: "Finished the book I started in May.")
        return e
    }

    @Test func aNoteThatIsOnlyASubstringOfTheDaysNoteIsStillAdded() throws {
        let t = try timestamp("2026-12-07T20:00:00+01:00")
        let entry = CheckinUpdate.apply(CheckinValues(note: "ok"), to: try Self.day(), at: t)
        #expect(entry.section("Note")?.body == "Finished the book I started in May.\n\nok")
    }

    @Test func theSameNoteTwiceIsAddedOnce() throws {
        let t = try timestamp("2026-12-07T20:00:00+01:00")
        var entry = CheckinUpdate.apply(CheckinValues(note: "ok"), to: try Self.day(), at: t)
        entry = CheckinUpdate.apply(CheckinValues(note: "ok\n"), to: entry, at: t)
        entry = CheckinUpdate.apply(CheckinValues(note: "Finished the book I started in May."), to: entry, at: t)
        #expect(entry.section("Note")?.body == "Finished the book I started in May.\n\nok")
    }

    @Test func aWinThatIsPartOfAnotherIsStillAdded() throws {
        let t = try timestamp("2026-12-07T20:00:00+01:00")
        var entry = CheckinUpdate.apply(CheckinValues(win: "called the recruiter back"), to: try Self.day(), at: t)
        entry = CheckinUpdate.apply(CheckinValues(win: "called"), to: entry, at: t)
        #expect(entry.wins == ["called the recruiter back", "called"])
    }

    @Test func formChangesCarryOnlyWhatDiffersFromWhereTheFormStarted() throws {
        let baseline = try Self.day()
        var form = CheckinValues(mood: 5, energy: 6, selfCare: ["rest"])
        form.replacesSelfCare = true
        form.clearsMissingNumbers = true
        let changes = form.changes(from: baseline)
        #expect(changes.mood == nil)  // unchanged, so not written
        #expect(changes.energy == 6)
        #expect(changes.cleared.isEmpty)
        #expect(changes.selfCare == ["rest"])
        #expect(changes.selfCareRemoved == ["exercise"])
        #expect(!changes.clearsMissingNumbers && !changes.replacesSelfCare)

        // Meanwhile another writer set the mood and added reading.
        var onDisk = baseline
        onDisk.mood = 7
        onDisk.selfCare = ["exercise", "reading"]
        let t = try timestamp("2026-12-07T20:00:00+01:00")
        let merged = CheckinUpdate.apply(changes, to: onDisk, at: t)
        #expect(merged.mood == 7)
        #expect(merged.energy == 6)
        #expect(merged.selfCare == ["reading", "rest"])
    }

    @Test func aNumberEmptiedOnTheFormIsClearedAndOnlyThatOne() throws {
        var form = CheckinValues(energy: nil)
        form.clearsMissingNumbers = true
        form.replacesSelfCare = true
        form.selfCare = ["exercise"]
        let changes = form.changes(from: try Self.day())
        #expect(changes.cleared == [.mood])
        var onDisk = try Self.day()
        onDisk.energy = 4
        let merged = CheckinUpdate.apply(changes, to: onDisk, at: try timestamp("2026-12-07T20:00:00+01:00"))
        #expect(merged.mood == nil)
        #expect(merged.energy == 4)
        #expect(merged.selfCare == ["exercise"])
    }

    @Test func saveFindsTheDaysFileUnderTheLockAndAddsToIt() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        let t = try timestamp("2026-12-07T08:30:00+01:00")
        let first = try CheckinUpdate.save(CheckinValues(win: "one"), in: store, day: t.day, at: t, now: t)
        let second = try CheckinUpdate.save(CheckinValues(mood: 4, win: "two"), in: store, day: t.day, at: t, now: t)
        #expect(!first.updatedExisting && second.updatedExisting)
        #expect(first.stored.relativePath == second.stored.relativePath)
        let entries = try store.load().entries
        #expect(entries.count == 1)
        #expect(entries.first?.entry.wins == ["one", "two"])
        #expect(entries.first?.entry.mood == 4)
    }
}
