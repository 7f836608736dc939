import Testing
import OnwardTestSupport
@testable import JournalCore

/// The fast byte reading of a timeline against the reading that defines it (`Section.bullets`
/// and `TimelineEvent`): both must give the same three days on every body, simple or odd.
@Suite("Timeline facts: fast path and reference agree")
struct TimelineFactsTests {
    /// The reference: every bullet read as an event, the days taken from the events.
    func reference(_ body: String) -> TimelineFacts { TimelineFacts(events: TimelineFacts.referenceEvents(body)) }

    func fastTaken(_ body: String) -> Bool {
        var copy = body
        return copy.withUTF8 { TimelineFacts.fast($0) } != nil
    }

    static let pieces = [
        "- 2026-11-20 applied", "- 2026-11-24 screen: call with Priya", "- 2026-11-28 Interview: with Sam", "- 2026-12-01 rejected",
        "- 2026-12-02 feedback: more Kubernetes", "- 2026-12-03 offer", "- 2026-12-04 withdrawn", "- 2026-12-05 note: coffee",
        "- 2026-02-30 interview", "- 2026-12-0 screen", "- 2026-12-061 screen", "- sometime, a chat", "- 2026-12-07", "-  2026-12-08  accepted ",
        "- 2026-12-09 :odd", "- 2026-12-10 two words: here", "- 2026-12-11 declined:", "", "- ", "- - -", "* 2026-12-12 offer",
        "  continued on the next line", "## Sub", "```", "- 2026-12-13 screen\tcall", "- 2026-12-14 café: ça", "-2026-12-15 screen",
        "- 2026-12-16 SCREEN", "- 2026-12-17 final-interview: panel", "+ 2026-12-18 feedback", "- 2026-12-19 offer: yes\r",
    ]

    @Test func bothReadingsAgreeOnSeededBodies() {
        var rng = SplitMix64(seed: 14)
        var fast = 0
        for _ in 0..<3000 {
            let lines = (0..<Int(rng.next(below: 7))).map { _ in Self.pieces[Int(rng.next(below: UInt64(Self.pieces.count)))] }
            let body = lines.joined(separator: "\n") + (rng.next(below: 2) == 0 ? "\n" : "")
            #expect(TimelineFacts(body: body) == reference(body), "\(body.debugDescription)")
            #expect(TimelineFacts.events(body) == TimelineFacts.referenceEvents(body), "\(body.debugDescription)")
            if fastTaken(body) { fast += 1 }
        }
        #expect(fast > 300, "the fast path must take the simple bodies, took \(fast)")
    }

    @Test func onwardsOwnTimelineTakesTheFastPathWithTheRightDays() {
        let body = "- 2026-11-20 applied\n- 2026-11-24 screen: call with Priya\n- 2026-11-28 interview: system design\n- 2026-12-01 rejected: internal\n"
        #expect(fastTaken(body))
        let facts = TimelineFacts(body: body)
        #expect(facts.latest == LocalDay(year: 2026, month: 12, day: 1))
        #expect(facts.earliest == LocalDay(year: 2026, month: 11, day: 20))
        #expect(facts.firstAnswer == LocalDay(year: 2026, month: 11, day: 24))
        // A hand edit the fast path does not read goes the long way, with the same meaning.
        let edited = body + "  with a second line\n```\n- 2026-10-01 offer\n```\n"
        #expect(!fastTaken(edited))
        #expect(TimelineFacts(body: edited) == reference(edited))
        #expect(TimelineFacts(body: "").latest == nil)
    }
}
