import Foundation
import Testing
@testable import JournalCore

@Suite("Invitations on the right days")
struct InvitationsTests {
    let monday = LocalDay(year: 2026, month: 11, day: 23)

    func at(_ day: LocalDay, _ hour: Int = 10) -> LocalTimestamp {
        LocalTimestamp(day: day, hour: hour, minute: 0, utcOffset: 3600)
    }

    func reflection(on day: LocalDay, after: Int? = 5) -> Entry {
        var e = Entry(id: EntryID.make(at: at(day, 9), kind: .reflection), kind: .reflection, created: at(day, 9))
        e.intensityBefore = 8
        e.intensityAfter = after
        return e
    }

    func session(_ name: String, on day: LocalDay, before: Int? = nil, after: Int? = nil) -> Entry {
        var e = Entry(id: EntryID.make(at: at(day, 18), kind: .note, slugSource: name), kind: .note, created: at(day, 18))
        e.exercise = name
        e.intensityBefore = before
        e.intensityAfter = after
        return e
    }

    @Test func writeItOutIsOfferedDayByDayAndGoneOnceDone() {
        var entries = [reflection(on: monday)]
        #expect(Invitations.today(monday, entries: entries) == nil, "the reflection is day 1")
        let tuesday = monday.adding(days: 1)
        #expect(Invitations.today(tuesday, entries: entries)?.text == "If you'd like: day 2 of 5 of writing it out, about 20 minutes, in Other exercises.")
        entries.append(session("write-it-out", on: tuesday, before: 7, after: 5))
        #expect(Invitations.today(tuesday, entries: entries) == nil, "once today's is written, the line goes")
        let wednesday = monday.adding(days: 2)
        #expect(Invitations.today(wednesday, entries: entries)?.text.contains("day 3 of 5") == true)
        entries.append(session("write-it-out", on: wednesday, before: 6, after: 4))
        entries.append(session("write-it-out", on: monday.adding(days: 3), before: 5, after: 3))
        let friday = monday.adding(days: 4)
        #expect(Invitations.today(friday, entries: entries)?.exercise == "write-it-out")
        #expect(Invitations.today(friday, entries: entries)?.text.contains("day 5 of 5") == true)
        #expect(Invitations.today(monday.adding(days: 5), entries: entries) == nil, "the series is over")
    }

    @Test func aMissedDayEndsTheSeriesWithoutAWord() {
        let entries = [reflection(on: monday), session("write-it-out", on: monday.adding(days: 1), before: 7, after: 6)]
        #expect(Invitations.today(monday.adding(days: 2), entries: entries) != nil)
        #expect(Invitations.today(monday.adding(days: 3), entries: entries) == nil, "Wednesday was missed")
        #expect(Invitations.today(monday.adding(days: 2), entries: [reflection(on: monday)]) == nil, "Tuesday was missed")
    }

    @Test func whenTheStrengthHasNotComeDownAfterThreeSessionsAnotherExerciseIsOffered() {
        var entries = [reflection(on: monday)]
        for n in 1...3 { entries.append(session("write-it-out", on: monday.adding(days: n), before: 6, after: 7)) }
        let friday = monday.adding(days: 4)
        #expect(Invitations.today(friday, entries: entries)?.exercise == "kinder-letter")
        // Coming down by the third session keeps the writing going.
        entries[3].intensityAfter = 4
        #expect(Invitations.today(friday, entries: entries)?.exercise == "write-it-out")
    }

    @Test func aKinderLetterIsOfferedWhenAReflectionEndsHeavy() {
        #expect(Invitations.today(monday, entries: [reflection(on: monday, after: 8)])?.exercise == "kinder-letter")
        #expect(Invitations.today(monday, entries: [reflection(on: monday, after: 6)]) == nil)
        let written = [reflection(on: monday, after: 9), session("kinder-letter", on: monday)]
        #expect(Invitations.today(monday, entries: written) == nil)
        // Drafts do not count, nor a day before any reflection.
        var draft = reflection(on: monday, after: 9)
        draft.status = "draft"
        #expect(Invitations.today(monday, entries: [draft]) == nil)
        #expect(Invitations.today(monday.adding(days: -1), entries: [reflection(on: monday, after: 9)]) == nil)
    }
}
