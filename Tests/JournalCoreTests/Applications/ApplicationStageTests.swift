import Foundation
import Testing
@testable import JournalCore

/// The summary in front matter follows the timeline: `stage` is the furthest stage reached, new
/// lines go in date order, nothing is dated before the application was sent, and a closed
/// application knows the day it closed.
@Suite("Applications: stage, dates and the timeline")
struct ApplicationStageTests {
    static let now = LocalTimestamp(day: day("2026-12-01"), hour: 9, minute: 30, utcOffset: 3600)

    static func day(_ text: String) -> LocalDay { LocalDay(parsing: text)! }

    static func application(applied: String = "2026-11-20") -> Entry {
        ApplicationChange.new(company: "Globex", role: "Dev", applied: day(applied), at: LocalTimestamp(day: day(applied), hour: 9, minute: 0, utcOffset: 3600))
    }

    static func timeline(_ e: Entry) -> [String] { e.section("Timeline")?.bullets ?? [] }

    @Test func aMoveBackIsOnTheTimelineButNeverLowersTheStage() {
        var e = Self.application()
        ApplicationChange.move(&e, to: .interview, on: Self.day("2026-11-25"), note: nil, at: Self.now)
        ApplicationChange.move(&e, to: .screen, on: Self.day("2026-11-27"), note: "second call", at: Self.now)
        #expect(e.stage == .interview)
        #expect(Self.timeline(e) == ["2026-11-20 applied", "2026-11-25 interview", "2026-11-27 screen: second call"])
        ApplicationChange.move(&e, to: .finalInterview, on: Self.day("2026-11-29"), note: nil, at: Self.now)
        #expect(e.stage == .finalInterview)
    }

    @Test func aLaterWriteLiftsTheStageToWhatAHandEditedTimelineShows() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        var e = Self.application()
        e.setSection("Timeline", body: "- 2026-11-20 applied\n- 2026-11-26 final-interview: onsite, added by hand")
        let saved = try store.create(e)
        #expect(saved.entry.stage == .applied)  // as written by hand: onward has not touched it yet
        let noted = try ApplicationWriter(store: store).change(saved.relativePath) { (e: inout Entry) throws(ApplicationError) in
            ApplicationChange.addNote(&e, "sent a thank-you", on: Self.day("2026-11-30"), at: Self.now)
        }
        #expect(noted.entry.stage == .finalInterview)
        #expect(try store.readEntry(saved.relativePath).get().entry.stage == .finalInterview)
        // An offer taken means the offer stage was reached, even with no `offer` line.
        var accepted = Self.application()
        accepted.setSection("Timeline", body: "- 2026-11-20 applied\n- 2026-11-30 accepted")
        ApplicationChange.addNote(&accepted, "start in January", on: Self.day("2026-12-01"), at: Self.now)
        #expect(accepted.stage == .offer)
    }

    @Test func aStageWrittenByHandAboveTheTimelineIsKept() {
        var e = Self.application()
        e.stage = .offer
        ApplicationChange.move(&e, to: .interview, on: Self.day("2026-11-25"), note: nil, at: Self.now)
        #expect(e.stage == .offer)
    }

    @Test func aNewLineGoesInDateOrderAndHandWrittenOrderIsLeftAlone() {
        var e = Self.application()
        ApplicationChange.move(&e, to: .interview, on: Self.day("2026-11-28"), note: nil, at: Self.now)
        ApplicationChange.move(&e, to: .screen, on: Self.day("2026-11-24"), note: "call with Priya", at: Self.now)
        ApplicationChange.addFeedback(&e, "liked the design", on: Self.day("2026-11-28"), at: Self.now)
        ApplicationChange.addEvent(&e, TimelineEvent(day: Self.day("2026-11-30"), what: "event", text: "email"), at: Self.now)
        #expect(Self.timeline(e) == ["2026-11-20 applied", "2026-11-24 screen: call with Priya", "2026-11-28 interview",
                                     "2026-11-28 feedback: liked the design", "2026-11-30 event: email"])

        // Out of order by hand, with an undated line and a continuation: only the new line is placed.
        var hand = Self.application()
        let body = "- 2026-11-29 interview\n- 2026-11-20 applied\n- a coffee chat\n  that ran long\n- 2026-12-01 event: call"
        hand.setSection("Timeline", body: body)
        ApplicationChange.addEvent(&hand, TimelineEvent(day: Self.day("2026-11-30"), what: "event", text: "email"), at: Self.now)
        #expect(hand.section("Timeline")?.body == "- 2026-11-29 interview\n- 2026-11-20 applied\n- a coffee chat\n  that ran long\n- 2026-11-30 event: email\n- 2026-12-01 event: call")
    }

    @Test func anEventBeforeTheApplicationWasSentIsRefusedAndNothingIsWritten() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        let saved = try store.create(Self.application())
        let before = try store.rawBytes(saved.relativePath)
        #expect {
            try ApplicationWriter(store: store).change(saved.relativePath) { (e: inout Entry) throws(ApplicationError) in
                ApplicationChange.move(&e, to: .screen, on: Self.day("2026-11-19"), note: nil, at: Self.now)
            }
        } throws: { error in
            (error as? ApplicationError)?.message == "An event cannot be dated 2026-11-19, before Globex, Dev was sent on 2026-11-20; give a day from 2026-11-20 on"
        }
        #expect(try store.rawBytes(saved.relativePath) == before)
        // The day it was sent is fine, and an old hand-written line does not block later changes.
        var hand = try store.readEntry(saved.relativePath).get().entry
        hand.setSection("Timeline", body: "- 2026-11-01 saw the posting\n- 2026-11-20 applied")
        try store.update(hand, at: saved.relativePath)
        let moved = try ApplicationWriter(store: store).change(saved.relativePath) { (e: inout Entry) throws(ApplicationError) in
            ApplicationChange.move(&e, to: .screen, on: Self.day("2026-11-20"), note: nil, at: Self.now)
        }
        #expect(moved.entry.stage == .screen)
    }

    @Test func aClosedApplicationShowsTheDayItClosed() {
        var e = Self.application()
        #expect(ApplicationRecord(e).closedOn == nil)
        ApplicationChange.close(&e, as: .rejected, on: Self.day("2026-11-25"), note: nil, at: Self.now)
        ApplicationChange.addFeedback(&e, "wanted more Kubernetes", on: Self.day("2026-11-30"), at: Self.now)
        let r = ApplicationRecord(e)
        #expect(r.closedOn == Self.day("2026-11-25"))
        #expect(r.lastEventDay == Self.day("2026-11-30"))
    }
}
