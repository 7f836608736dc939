import Foundation
import Testing
@testable import JournalCore

@Suite("Applications: the record")
struct ApplicationCodecTests {
    /// An application file of the usual shape, with hand edits: a comment, an undated timeline line,
    /// an extra section and an unknown key.
    static let handEdited = """
    ---
    id: 2026-11-20-0930-application-globex
    kind: application
    created: 2026-11-20T09:30:00+01:00
    updated: 2026-12-01T10:02:00+01:00
    company: Globex
    role: Platform Engineer
    source: referral            # free text
    link: https://example.com/jobs/123
    applied_on: 2026-11-20
    stage: interview
    outcome: open
    next_action: send the take-home
    next_action_on: 2026-12-03
    contacts: [Priya (recruiter), Sam (hiring manager)]
    salary_band: "80-90k"
    tags: [backend]
    ---
    # Globex, Platform Engineer

    ## Timeline
    - 2026-11-20 applied
    - 2026-11-24 screen: call with Priya
    - sometime in between, a coffee chat (added by hand)
    - 2026-11-28 interview: system design with Sam

    ## Feedback
    They liked the design answer; wanted more Kubernetes.

    ## My own section
    Kept as it is.

    ## Notes
    Anything the person writes.

    """

    @Test func handEditedApplicationReadsAndRoundTrips() throws {
        let e = try decodeOrFail(Self.handEdited)
        #expect(e.kind == .application)
        let r = ApplicationRecord(e)
        #expect(r.company == "Globex" && r.role == "Platform Engineer")
        #expect(r.source == "referral")
        #expect(r.link == "https://example.com/jobs/123")
        #expect(r.appliedOn == LocalDay(year: 2026, month: 11, day: 20))
        #expect(r.stage == .interview && r.outcome == .open)
        #expect(r.nextAction == "send the take-home" && r.nextActionOn == LocalDay(year: 2026, month: 12, day: 3))
        #expect(r.contacts == ["Priya (recruiter)", "Sam (hiring manager)"])
        #expect(e.contacts == nil)  // not a check-in's count
        #expect(r.timeline.count == 4)
        #expect(r.timeline[1] == TimelineEvent(day: LocalDay(year: 2026, month: 11, day: 24), what: "screen", text: "call with Priya"))
        #expect(r.timeline[2].day == nil && r.timeline[2].what == nil)
        #expect(r.lastEventDay == LocalDay(year: 2026, month: 11, day: 28))
        #expect(r.firstAnswerDay == LocalDay(year: 2026, month: 11, day: 24))

        let encoded = EntryCodec.encode(e)
        let again = try decodeOrFail(encoded)
        #expect(again == e)
        #expect(EntryCodec.encode(again) == encoded)
        for kept in ["salary_band: \"80-90k\"", "source: referral", "- sometime in between, a coffee chat (added by hand)",
                     "## My own section\nKept as it is.", "contacts: [Priya (recruiter), Sam (hiring manager)]"] {
            #expect(encoded.contains(kept), "\(kept)")
        }
    }

    @Test func aChangeKeepsHandEditsAndAddsOneLine() throws {
        var e = try decodeOrFail(Self.handEdited)
        let now = try timestamp("2026-12-02T08:00:00+01:00")
        ApplicationChange.move(&e, to: .finalInterview, on: LocalDay(year: 2026, month: 12, day: 2), note: "with the VP\nand the team", at: now)
        let text = EntryCodec.encode(e)
        #expect(text.contains("- 2026-11-28 interview: system design with Sam\n- 2026-12-02 final-interview: with the VP and the team\n\n## Feedback"))
        #expect(text.contains("stage: final-interview"))
        #expect(text.contains("- sometime in between, a coffee chat (added by hand)"))
        #expect(text.contains("salary_band"))
        #expect(e.updated == now)
    }

    @Test func newApplicationHasItsTimelineAndKeysInOrder() throws {
        let now = try timestamp("2026-11-20T09:30:00+01:00")
        let e = ApplicationChange.new(company: "Globex", role: "Platform Engineer", applied: LocalDay(year: 2026, month: 11, day: 19),
                                      source: "job board", link: "https://example.com/1", at: now)
        #expect(e.id.rawValue == "2026-11-20-0930-application-globex")
        let text = EntryCodec.encode(e)
        #expect(text.contains("source: job board\nlink: https://example.com/1\napplied_on: 2026-11-19\noutcome: open\n"))
        #expect(text.contains("## Timeline\n- 2026-11-19 applied\n"))
        #expect(try decodeOrFail(text) == e)
    }

    @Test func closingFeedbackAndNotes() throws {
        let now = try timestamp("2026-12-01T10:00:00+01:00")
        let day = LocalDay(year: 2026, month: 12, day: 1)
        var e = ApplicationChange.new(company: "Acme", role: "SRE", applied: day.adding(days: -20), at: now)
        ApplicationChange.setNextAction(&e, "follow up", on: day.adding(days: 2), at: now)
        ApplicationChange.addNote(&e, "Felt good about it", on: day, at: now)
        ApplicationChange.addFeedback(&e, "Went with an internal candidate", on: day, at: now)
        ApplicationChange.close(&e, as: .rejected, on: day, note: nil, at: now)
        let r = ApplicationRecord(e)
        #expect(r.outcome == .rejected && r.nextAction == nil && r.nextActionOn == nil)
        #expect(e.sections.map(\.heading) == ["Timeline", "Feedback", "Notes"])
        #expect(e.section("Feedback")?.body == "2026-12-01: Went with an internal candidate")
        #expect(e.section("Notes")?.body == "2026-12-01: Felt good about it")
        #expect(r.timeline.map(\.what) == ["applied", "feedback", "rejected"])
        #expect(r.firstAnswerDay == day)
        ApplicationChange.close(&e, as: .accepted, on: day, note: nil, at: now)
        #expect(e.stage == .offer)
    }

    @Test func quietIsCountedFromTheLastEventWhileOpen() throws {
        let now = try timestamp("2026-11-01T10:00:00+01:00")
        var e = ApplicationChange.new(company: "Initech", role: "Dev", applied: now.day, at: now)
        var r = ApplicationRecord(e)
        #expect(r.quietDays(today: now.day.adding(days: 13), after: 14) == nil)
        #expect(r.quietDays(today: now.day.adding(days: 16), after: 14) == 16)
        #expect(ApplicationRecord.quietWords(16) == "no word for 16 days")
        #expect(r.quietDays(today: now.day.adding(days: -400), after: 14) == nil)  // a clock set back
        ApplicationChange.move(&e, to: .screen, on: now.day.adding(days: 10), note: nil, at: now)
        r = ApplicationRecord(e)
        #expect(r.quietDays(today: now.day.adding(days: 16), after: 14) == nil)
        #expect(r.quietDays(today: now.day.adding(days: 30), after: 14) == 20)
        ApplicationChange.close(&e, as: .withdrawn, on: now.day.adding(days: 11), note: nil, at: now)
        #expect(ApplicationRecord(e).quietDays(today: now.day.adding(days: 100), after: 14) == nil)
    }

    @Test func reflectionReceivesFeedbackAndItsFollowUpIsDone() throws {
        var r = Entry(id: EntryID("2026-12-01-1002-reflection-globex"), kind: .reflection, created: try timestamp("2026-12-01T10:02:00+01:00"))
        r.followUp = LocalDay(year: 2026, month: 12, day: 8)
        r.followUpNote = "ask Globex for feedback"
        r.setSection("Feedback", body: "### A note to send\nCould you share what I could improve?")
        r.applicationID = EntryID("2026-11-20-0930-application-globex")
        let now = try timestamp("2026-12-05T09:00:00+01:00")
        ApplicationChange.reflectionReceives(&r, feedback: "More Kubernetes depth", on: now.day, at: now)
        #expect(r.followUpDone == true)
        #expect(r.section("Feedback")?.body == "### What came back\n2026-12-05: More Kubernetes depth\n\n### A note to send\nCould you share what I could improve?")
        ApplicationChange.reflectionReceives(&r, feedback: "and a second word", on: now.day, at: now)
        #expect(r.section("Feedback")?.body.hasPrefix("### What came back\n2026-12-05: More Kubernetes depth\n\n2026-12-05: and a second word\n\n### A note") == true)
        let text = EntryCodec.encode(r)
        #expect(text.contains("application: 2026-11-20-0930-application-globex"))
        #expect(try decodeOrFail(text).applicationID == EntryID("2026-11-20-0930-application-globex"))
    }

    @Test func lookupByIdPrefixOrUniqueCompany() throws {
        let now = try timestamp("2026-11-20T09:30:00+01:00")
        let a = ApplicationRecord(ApplicationChange.new(company: "Globex", role: "A", applied: nil, at: now))
        let b = ApplicationRecord(ApplicationChange.new(company: "Acme", role: "B", applied: nil, at: try timestamp("2026-11-20T09:31:00+01:00")))
        let c = ApplicationRecord(ApplicationChange.new(company: "Acme", role: "C", applied: nil, at: try timestamp("2026-11-20T09:32:00+01:00")))
        let all = [a, b, c]
        #expect(try ApplicationLookup.find("globex", in: all).get() == a)
        #expect(try ApplicationLookup.find(b.id.rawValue, in: all).get() == b)
        #expect(try ApplicationLookup.find("2026-11-20-0932", in: all).get() == c)
        guard case .failure(let many) = ApplicationLookup.find("acme", in: all) else { Issue.record("two Acmes"); return }
        #expect(many.message.contains("matches 2 applications"))
        // Each id with its company and role, so the person can tell which one they meant.
        #expect(many.message.contains("\(b.id.rawValue): Acme, B") && many.message.contains("\(c.id.rawValue): Acme, C"), "\(many.message)")
        guard case .failure(let none) = ApplicationLookup.find("Hooli", in: all) else { Issue.record("no Hooli"); return }
        #expect(none.message.contains("no application"))
    }

    @Test func timelineLinesAreReadLeniently() {
        #expect(TimelineEvent(parsing: "2026-11-20 applied") == TimelineEvent(day: LocalDay(year: 2026, month: 11, day: 20), what: "applied"))
        #expect(TimelineEvent(parsing: "2026-11-20 Rejected: \"internal\"").what == "rejected")
        #expect(TimelineEvent(parsing: "2026-13-40 odd").day == nil)
        #expect(TimelineEvent(parsing: "2026-11-201 odd").day == nil)
        #expect(TimelineEvent(parsing: "called them back").what == nil)
        #expect(TimelineEvent(day: nil, what: "note", text: "a\tb\nc").line == "note: a b c")
    }

    static let checkinWithThreeContacts = """
    ---
    id: 2026-12-01-0900-checkin
    kind: checkin
    created: 2026-12-01T09:00:00+01:00
    mood: 6
    applications: 1
    contacts: 3
    ---
    # Check-in

    """

    @Test func anApplicationsContactsAreItsPeopleAndACheckinsAreItsCount() throws {
        let text = Self.handEdited.replacingOccurrences(of: "contacts: [Priya (recruiter), Sam (hiring manager)]",
                                                        with: "contacts: [Priya (recruiter), \"Sam, hiring manager\"]")
        let app = try decodeOrFail(text)
        #expect(app.people == ["Priya (recruiter)", "Sam, hiring manager"])
        #expect(ApplicationRecord(app).contacts == app.people)
        #expect(app.contacts == nil && !app.extraFields.contains { $0.key == "contacts" })
        let checkin = try decodeOrFail(Self.checkinWithThreeContacts)
        #expect(checkin.contacts == 3 && checkin.people.isEmpty && checkin.extraFields.isEmpty)

        // Each file round-trips under its one `contacts` line.
        let appText = EntryCodec.encode(app)
        #expect(appText.contains("\ncontacts: [Priya (recruiter), \"Sam, hiring manager\"]\n"))
        #expect(appText.components(separatedBy: "\ncontacts:").count == 2 && !appText.contains("\npeople:"))
        #expect(try decodeOrFail(appText) == app)
        let checkinText = EntryCodec.encode(checkin)
        #expect(checkinText.contains("\ncontacts: 3\n") && checkinText.components(separatedBy: "\ncontacts:").count == 2)
        #expect(try decodeOrFail(checkinText) == checkin)

        // JSON: a list for the application, a number for the check-in, and they read back.
        for (e, want) in [(app, FieldJSON.list(app.people)), (checkin, FieldJSON.whole(3))] {
            let stored = StoredEntry(entry: e.indexProjection, relativePath: "entries/x/\(e.id).md", size: 1, modified: 2)
            let summary = EntrySummaryJSON(stored)
            #expect(summary["contacts"] == want, "\(e.kind)")
            let json = JSONOutput.encode(summary)
            #expect(json.components(separatedBy: "\"contacts\"").count == 2, "\(json)")
            #expect(try JSONDecoder().decode(EntrySummaryJSON.self, from: Data(json.utf8)) == summary)
        }
    }

    @Test func bothKindsKeepTheirContactsThroughTheIndexOfOneJournal() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        let app = try decodeOrFail(Self.handEdited)
        let checkin = try decodeOrFail(Self.checkinWithThreeContacts)
        for e in [app, checkin] { try folder.write(store.relativePath(for: e.id, created: e.day), EntryCodec.encode(e)) }
        let index = JournalIndex(store: store)

        func check(_ entries: [StoredEntry], _ when: String) {
            let byID = Dictionary(uniqueKeysWithValues: entries.map { ($0.entry.id, $0.entry) })
            #expect(byID[app.id]?.people == ["Priya (recruiter)", "Sam (hiring manager)"], "\(when)")
            #expect(byID[app.id]?.contacts == nil, "\(when)")
            #expect(byID[checkin.id]?.contacts == 3, "\(when)")
            #expect(byID[checkin.id]?.people == [], "\(when)")
        }
        let (built, first) = try index.refresh()
        #expect(first.damage == .missing && first.saved)
        check(built.entries, "rebuilt")
        // Read back from the saved index, not from the files.
        let (reused, second) = try index.refresh()
        #expect(second.reused == 2 && second.reread == 0)
        check(reused.entries, "reused")
        check(try index.select(EntryFilter()).entries, "select")
        check(try index.select(EntryFilter(kind: .application)).entries + (try index.select(EntryFilter(kind: .checkin)).entries), "select by kind")
    }

    @Test func aPeopleLineFromTheEarlierBuildIsReadAndWrittenAsContacts() throws {
        let text = Self.handEdited.replacingOccurrences(of: "contacts: [Priya (recruiter), Sam (hiring manager)]",
                                                        with: "people: [Priya (recruiter), Sam (hiring manager)]")
        let e = try decodeOrFail(text)
        #expect(e.people == ["Priya (recruiter)", "Sam (hiring manager)"] && !e.extraFields.contains { $0.key == "people" })
        let encoded = EntryCodec.encode(e)
        #expect(!encoded.contains("\npeople:"), "the old name is read, never written")
        #expect(encoded.contains("\ncontacts: [Priya (recruiter), Sam (hiring manager)]\n"))
        #expect(try decodeOrFail(encoded) == e)

        // A file with both keeps every name once, `contacts` first.
        let both = Self.handEdited.replacingOccurrences(of: "contacts: [Priya (recruiter), Sam (hiring manager)]",
                                                        with: "people: [Sam (hiring manager), Lee]\ncontacts: [Priya (recruiter), Sam (hiring manager)]")
        #expect(try decodeOrFail(both).people == ["Priya (recruiter)", "Sam (hiring manager)", "Lee"])
        // A bad value under the old name is an error that names it.
        let bad = Self.handEdited.replacingOccurrences(of: "contacts: [Priya (recruiter), Sam (hiring manager)]", with: "people:\n  a: b")
        #expect(decodeError(bad)?.description.contains("`people`") == true, "\(String(describing: decodeError(bad)))")
        // In a check-in `people` is nobody's field: kept as written.
        let checkin = try decodeOrFail(Self.checkinWithThreeContacts.replacingOccurrences(of: "contacts: 3", with: "contacts: 3\npeople: [Ana]"))
        #expect(checkin.people.isEmpty && checkin.extraFields.map(\.key) == ["people"])
        #expect(EntryCodec.encode(checkin).contains("\npeople: [Ana]\n"))
    }

    @Test func namesAreTidiedAndACheckinsCountIsUntouched() throws {
        var e = try decodeOrFail(Self.handEdited)
        e.applicationContacts = e.applicationContacts + ["  ", " Lee (team lead) "]
        #expect(e.people == ["Priya (recruiter)", "Sam (hiring manager)", "Lee (team lead)"])
        #expect(EntryCodec.encode(e).contains("\ncontacts: [Priya (recruiter), Sam (hiring manager), Lee (team lead)]\n"))
        var checkin = try decodeOrFail(Self.checkinWithThreeContacts)
        checkin.applicationContacts = []
        #expect(checkin.contacts == 3 && EntryCodec.encode(checkin).contains("\ncontacts: 3\n"))
    }
}
