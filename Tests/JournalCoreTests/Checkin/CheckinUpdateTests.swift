import Testing
@testable import JournalCore

@Suite("CheckinUpdate")
struct CheckinUpdateTests {
    @Test func createsThenEditsTheSameDay() throws {
        let folder = try QueryFixture.copy()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        let morning = try timestamp("2026-12-07T08:30:00+01:00")

        #expect(CheckinUpdate.todays(in: try store.load().entries, today: morning.day) == nil)
        let first = CheckinUpdate.apply(CheckinValues(mood: 6, selfCare: ["rest"], win: "sent two applications"), to: nil, at: morning)
        #expect(first.kind == .checkin)
        #expect(first.id.rawValue == "2026-12-07-0830-checkin")
        #expect(first.created == morning)
        let saved = try store.create(first)

        // The person edits the file by hand: a key and a section onward does not know.
        var bytes = try #require(folder.read(saved.relativePath))
        var text = String(decoding: bytes, as: UTF8.self)
        text = text.replacingOccurrences(of: "wins:", with: "weather: sunny\nwins:") + "\n## Gratitude\nThe neighbour's dog.\n"
        try folder.write(saved.relativePath, text)

        let evening = try timestamp("2026-12-07T21:10:00+01:00")
        let existing = try #require(CheckinUpdate.todays(in: try store.load().entries, today: evening.day))
        #expect(existing.relativePath == saved.relativePath)
        let values = CheckinValues(energy: 4, sleepHours: 7.5, selfCare: ["Rest", "reading"], win: "went for a run", note: "A better afternoon.")
        let second = CheckinUpdate.apply(values, to: existing.entry, at: evening)
        try store.update(second, at: existing.relativePath)

        let reread = try #require(try store.load().entry(first.id)).entry
        #expect(reread.mood == 6)
        #expect(reread.energy == 4)
        #expect(reread.sleepHours == 7.5)
        #expect(reread.selfCare == ["rest", "reading"])
        #expect(reread.wins == ["sent two applications", "went for a run"])
        #expect(reread.section("Note")?.body == "A better afternoon.")
        #expect(reread.section("Gratitude")?.body == "The neighbour's dog.")
        #expect(reread.extraFields.map(\.key) == ["weather"])
        #expect(reread.created == morning)
        #expect(reread.updated == evening)
        bytes = try #require(folder.read(saved.relativePath))
        #expect(String(decoding: bytes, as: UTF8.self).contains("weather: sunny"))
        // Still one check-in that day.
        #expect(try store.load().entries.filter { $0.entry.day == morning.day }.count == 1)
    }

    @Test func repeatingTheSameValuesAddsNothing() throws {
        let now = try timestamp("2026-12-07T08:30:00+01:00")
        let values = CheckinValues(selfCare: ["rest"], win: "sent two applications", note: "Quiet day.")
        let once = CheckinUpdate.apply(values, to: nil, at: now)
        let twice = CheckinUpdate.apply(values, to: once, at: now)
        #expect(twice == once)
    }

    @Test func noteIsAppendedNotReplaced() throws {
        let now = try timestamp("2026-12-07T08:30:00+01:00")
        let first = CheckinUpdate.apply(CheckinValues(note: "Morning: tired."), to: nil, at: now)
        let second = CheckinUpdate.apply(CheckinValues(note: "Evening: better."), to: first, at: now)
        #expect(second.section("Note")?.body == "Morning: tired.\n\nEvening: better.")
    }

    @Test func selfCareCanBeReplacedByTheScreen() throws {
        let now = try timestamp("2026-12-07T08:30:00+01:00")
        let first = CheckinUpdate.apply(CheckinValues(selfCare: ["rest", "reading"]), to: nil, at: now)
        let second = CheckinUpdate.apply(CheckinValues(selfCare: ["exercise"], replacesSelfCare: true), to: first, at: now)
        #expect(second.selfCare == ["exercise"])
    }

    @Test func todaysIgnoresOtherDaysAndKinds() throws {
        let entries = try QueryFixture.snapshot().entries
        #expect(CheckinUpdate.todays(in: entries, today: try QueryFixture.day("2026-11-30"))?.entry.id.rawValue == "2026-11-30-2330-checkin")
        #expect(CheckinUpdate.todays(in: entries, today: try QueryFixture.day("2026-11-27")) == nil)  // a reflection that day
    }

    @Test func valuesOutOfRangeAreNamed() {
        #expect(CheckinValues().isEmpty)
        #expect(!CheckinValues(win: "x").isEmpty)
    }
}

@Suite("CheckinUpdate counts and the screen's whole-form values")
struct CheckinUpdateFormTests {
    @Test func countsAreKeptUnlessGiven() throws {
        let now = try timestamp("2026-12-07T08:30:00+01:00")
        let first = CheckinUpdate.apply(CheckinValues(mood: 5, applications: 2, contacts: 1, learning: 1), to: nil, at: now)
        #expect(first.applications == 2)
        let second = CheckinUpdate.apply(CheckinValues(applications: 3), to: first, at: now)
        #expect(second.applications == 3)
        #expect(second.contacts == 1)
        #expect(second.mood == 5)
    }

    @Test func theFormClearsANumberThePersonEmptied() throws {
        let now = try timestamp("2026-12-07T08:30:00+01:00")
        let first = CheckinUpdate.apply(CheckinValues(mood: 5, energy: 4, sleepHours: 6, applications: 2), to: nil, at: now)
        var form = CheckinValues(mood: 7, selfCare: ["rest"], replacesSelfCare: true)
        form.clearsMissingNumbers = true
        let second = CheckinUpdate.apply(form, to: first, at: now)
        #expect(second.mood == 7)
        #expect(second.energy == nil)
        #expect(second.sleepHours == nil)
        #expect(second.applications == nil)
        #expect(!form.isEmpty)
    }

    @Test func anUnreadableCheckinOfTheDayIsFound() throws {
        let problems = [FileProblem(relativePath: "entries/2026/12/2026-12-06-1000-note.md", reason: "x"),
                        FileProblem(relativePath: "entries/2026/12/2026-12-07-0830-checkin.md", reason: "broken")]
        #expect(CheckinUpdate.unreadableCheckin(in: problems, on: try QueryFixture.day("2026-12-07"))?.reason == "broken")
        #expect(CheckinUpdate.unreadableCheckin(in: problems, on: try QueryFixture.day("2026-12-06")) == nil)
    }
}
