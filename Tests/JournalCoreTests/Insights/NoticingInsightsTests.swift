import Foundation
import Testing
@testable import JournalCore

@Suite("Insights that notice")
struct NoticingInsightsTests {
    let start = LocalDay(year: 2026, month: 10, day: 1)  // a Thursday

    func checkin(_ n: Int, mood: Int?, care: [String] = [], applications: Int? = nil, hour: Int = 20) -> Entry {
        let day = start.adding(days: n)
        let at = LocalTimestamp(day: day, hour: hour, minute: 0, utcOffset: 0)
        var e = Entry(id: EntryID.make(at: at, kind: .checkin), kind: .checkin, created: at)
        e.mood = mood
        e.selfCare = care
        e.applications = applications
        return e
    }

    @Test func moodWithAndWithoutAnActivityNeedsThreeDaysOfEach() throws {
        // time outside on 3 days (moods 7, 6, 6 → 6.3), without on 2 days: not enough yet.
        var entries = [checkin(0, mood: 7, care: ["time outside"]), checkin(1, mood: 6, care: ["time outside"]),
                       checkin(2, mood: 6, care: ["time outside"]), checkin(3, mood: 4), checkin(4, mood: 5)]
        #expect(ActivityMood(entries: entries).findings.first { $0.activity == "time outside" } == nil)
        entries.append(checkin(5, mood: 3, applications: 0))  // without: 4, 5, 3 → 4.0
        let f = try #require(ActivityMood(entries: entries).findings.first { $0.activity == "time outside" })
        #expect(f.withDays == 3 && f.withoutDays == 3)
        #expect(f.sentence == "on days with time outside your mood averaged 6.3, on days without 4.0, over 6 days")
        // One day counts once, with its latest check-in; a check-in without a mood is not counted.
        entries.append(checkin(5, mood: 9, care: ["time outside"], hour: 22))
        entries.append(checkin(6, mood: nil, care: ["time outside"]))
        // Day 5 now counts as a day with time outside (its later check-in), leaving 2 days without: nothing shown.
        #expect(ActivityMood(entries: entries).findings.first { $0.activity == "time outside" } == nil)
        #expect(!ActivityMood(entries: entries).findings.contains { $0.activity == "applications" })
    }

    @Test func jobSearchActionsAreComparedToo() throws {
        let entries = (0..<8).map { checkin($0, mood: $0 < 4 ? 7 : 5, applications: $0 < 4 ? 2 : 0) }
        let f = try #require(ActivityMood(entries: entries).findings.first { $0.activity == "applications" })
        #expect(f.sentence == "on days you sent an application your mood averaged 7.0, on days without 5.0, over 8 days")
    }

    @Test func theCalendarFitsIn80ColumnsAndReadsWithoutColour() {
        let today = LocalDay(year: 2026, month: 11, day: 27)
        let entries = [checkin(0, mood: 7), checkin(1, mood: 10), checkin(40, mood: 3)]  // 1 Oct, 2 Oct, 10 Nov
        let lines = MoodCalendar.lines(entries: entries, today: today)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.first == "October 2026")
        #expect(lines[1] == " Mo Tu We Th Fr Sa Su")
        #expect(lines[2] == "           7  X  ·  ·", "1 October 2026 is a Thursday")
        #expect(lines.contains("November 2026"))
        let november = lines.drop { $0 != "November 2026" }
        #expect(november.contains("  ·  3  ·  ·  ·  ·  ·"), "9-15 November with 10 November's mood")
        #expect(november.contains { $0.hasPrefix("  ·  ·  ·  ·  ·") && $0.hasSuffix("·  ·  ·  ·  ·") } == true)
        #expect(lines.last == "mood 1-9 as a digit, X for 10, · no mood that day")
        #expect(!lines.contains("September 2026"), "nothing before the first check-in")
        #expect(MoodCalendar.lines(entries: [], today: today).isEmpty)
    }
}

@Suite("Wins gathered")
struct WinsTests {
    @Test func winsFromCheckinsAndReflectionsNewestFirstWithTheirEntry() throws {
        let day = LocalDay(year: 2026, month: 11, day: 20)
        let early = LocalTimestamp(day: day, hour: 9, minute: 0, utcOffset: 0)
        var checkin = Entry(id: EntryID.make(at: early, kind: .checkin), kind: .checkin, created: early)
        checkin.wins = ["a walk", " "]
        let later = LocalTimestamp(day: day.adding(days: 1), hour: 9, minute: 0, utcOffset: 0)
        var reflection = Entry(id: EntryID.make(at: later, kind: .reflection, slugSource: "Acme"), kind: .reflection, created: later)
        reflection.company = "Acme"
        reflection.setSection("A kind word", body: "### To yourself\nWell done.\n\n### A small win\nI wrote it all\ndown.")
        var draft = checkin
        draft.status = "draft"
        draft.wins = ["not yet saved"]
        let wins = Wins(entries: [checkin, reflection, draft]).items
        #expect(wins.map(\.text) == ["I wrote it all down.", "a walk"])
        #expect(wins[0].entryTitle == "Acme" && wins[0].entryID == reflection.id)
        #expect(wins[1].day == day)
    }
}
