import Foundation
import Testing
@testable import JournalCore

@Suite("What matters to me, the day before a step")
struct WhatMattersInvitationTests {
    /// The day the follow-up or next action falls on; the tests move "today" around it.
    let stepDay = LocalDay(year: 2026, month: 12, day: 10)

    func at(_ day: LocalDay, _ hour: Int = 10) -> LocalTimestamp {
        LocalTimestamp(day: day, hour: hour, minute: 0, utcOffset: 3600)
    }

    /// An application added weeks before, long out of the last week's entries.
    func application(next on: LocalDay?, outcome: ApplicationOutcome = .open) -> Entry {
        let added = at(stepDay.adding(days: -40))
        var e = Entry(id: EntryID.make(at: added, kind: .application, slugSource: "Globex"), kind: .application, created: added)
        e.company = "Globex"
        e.role = "Platform Engineer"
        e.nextAction = "interview with Sam"
        e.nextActionOn = on
        e.outcome = outcome
        return e
    }

    func reflection(followUp: LocalDay?, done: Bool? = nil) -> Entry {
        let written = at(stepDay.adding(days: -20))
        var e = Entry(id: EntryID.make(at: written, kind: .reflection, slugSource: "Acme"), kind: .reflection, created: written)
        e.company = "Acme"
        e.followUp = followUp
        e.followUpNote = "ask Acme for feedback"
        e.followUpDone = done
        return e
    }

    func session(_ name: String, on day: LocalDay) -> Entry {
        var e = Entry(id: EntryID.make(at: at(day, 18), kind: .note, slugSource: name), kind: .note, created: at(day, 18))
        e.exercise = name
        return e
    }

    @Test func anApplicationsNextActionIsAnnouncedTheDayBeforeOnly() {
        let entries = [application(next: stepDay)]
        let before = Invitations.today(stepDay.adding(days: -1), entries: entries)
        #expect(before?.exercise == "what-matters")
        #expect(before?.text.contains("Globex") == true)
        #expect(before?.text.contains("interview with Sam") == true)
        #expect(Invitations.today(stepDay.adding(days: -2), entries: entries) == nil, "two days before is too soon")
        #expect(Invitations.today(stepDay, entries: entries) == nil, "not on the day itself")
        #expect(Invitations.today(stepDay.adding(days: 1), entries: entries) == nil, "nor after")
    }

    @Test func aReflectionsFollowUpIsAnnouncedTheDayBeforeUnlessDone() {
        let eve = stepDay.adding(days: -1)
        let open = Invitations.today(eve, entries: [reflection(followUp: stepDay)])
        #expect(open?.exercise == "what-matters")
        #expect(open?.text.contains("ask Acme for feedback") == true)
        #expect(Invitations.today(eve.adding(days: -1), entries: [reflection(followUp: stepDay)]) == nil)
        #expect(Invitations.today(stepDay, entries: [reflection(followUp: stepDay)]) == nil)
        #expect(Invitations.today(eve, entries: [reflection(followUp: stepDay, done: true)]) == nil, "a follow-up already done")
        #expect(Invitations.today(eve, entries: [reflection(followUp: nil)]) == nil)
    }

    @Test func closedApplicationsDraftsAndTodaysSessionSayNothing() {
        let eve = stepDay.adding(days: -1)
        #expect(Invitations.today(eve, entries: [application(next: stepDay, outcome: .rejected)]) == nil)
        var draft = application(next: stepDay)
        draft.status = "draft"
        #expect(Invitations.today(eve, entries: [draft]) == nil)
        // Once written today, the line goes: at most once a day.
        #expect(Invitations.today(eve, entries: [application(next: stepDay), session("what-matters", on: eve)]) == nil)
        // A session on an earlier day does not silence a later step.
        #expect(Invitations.today(eve, entries: [application(next: stepDay), session("what-matters", on: eve.adding(days: -3))])?.exercise == "what-matters")
    }

    @Test func oneLineEvenWithSeveralStepsAndFileTextMadeSafe() {
        let eve = stepDay.adding(days: -1)
        var hostile = application(next: stepDay)
        hostile.company = "Evil\u{1B}[2J Corp"
        hostile.nextAction = String(repeating: "very long words ", count: 30)
        let line = Invitations.today(eve, entries: [hostile, reflection(followUp: stepDay), application(next: stepDay)])
        #expect(line?.exercise == "what-matters")
        #expect(line?.text.contains("\u{1B}") == false, "no raw escape from a file")
        #expect(line?.text.contains("\n") == false)
        #expect((line?.text.count ?? 0) < 200, "one line, not the whole paste")
    }

    @Test func theWritingSeriesKeepsItsDayAndTheStepWaitsItsTurn() {
        // A reflection yesterday and a step tomorrow: today offers day 2 of writing it out (one line).
        let eve = stepDay.adding(days: -1)
        var recent = Entry(id: EntryID.make(at: at(eve.adding(days: -1), 9), kind: .reflection), kind: .reflection, created: at(eve.adding(days: -1), 9))
        recent.intensityAfter = 5
        let entries = [recent, application(next: stepDay)]
        #expect(Invitations.today(eve, entries: entries)?.exercise == "write-it-out")
        // Today's writing done: no second offer the same day.
        #expect(Invitations.today(eve, entries: entries + [session("write-it-out", on: eve)]) == nil)
    }
}
