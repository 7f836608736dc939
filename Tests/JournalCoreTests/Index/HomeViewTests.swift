import Testing
import OnwardTestSupport
@testable import JournalCore

@Suite("Home view from the index")
struct HomeViewTests {
    private let today = LocalDay(year: 2026, month: 12, day: 1)

    private func entry(_ time: String, kind: EntryKind, title: String? = nil) throws -> Entry {
        let t = try timestamp(time)
        var e = Entry(id: EntryID.make(at: t, kind: kind, slugSource: title), kind: kind, created: t)
        e.title = title
        return e
    }

    /// A journal with something for every question home asks, some of it far from today.
    private func fill(_ store: JournalStore) throws {
        _ = try store.create(try entry("2026-11-20T09:00:00+01:00", kind: .checkin))
        var checkin = try entry("2026-12-01T08:00:00+01:00", kind: .checkin)
        checkin.wins = ["Walked to the river"]
        _ = try store.create(checkin)
        // A reflection from weeks ago naming tomorrow's follow-up: found whatever its age.
        var old = try entry("2026-10-03T10:00:00+01:00", kind: .reflection, title: "Acme")
        old.followUp = today.adding(days: 1)
        old.followUpNote = "ask Acme for feedback"
        _ = try store.create(old)
        var memory = try entry("2026-09-01T10:00:00+01:00", kind: .reflection, title: "Globex")
        memory.sections = [Section(heading: "Achievements", body: "- Led the billing migration")]
        _ = try store.create(memory)
        _ = try store.create(try entry("2026-06-12T10:00:00+01:00", kind: .note, title: "Old note"))
    }

    @Test func oneReadGivesWhatTheSeparateReadsGave() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        try fill(store)
        // Stale (no index yet) and current: the same answers, and the same as the separate reads.
        let stale = try JournalIndex(store: store).home(today: today, invitations: true)
        let index = JournalIndex(store: store)
        let view = try index.home(today: today, invitations: true)
        for v in [stale, view] {
            #expect(v.total == 5)
            #expect(v.todaysCheckin?.wins == ["Walked to the river"])
            #expect(v.invitation?.text == "Tomorrow: ask Acme for feedback · What matters to me, if you'd like")
            #expect(v.onThisDay?.line(today: today) == "On 1 September: Led the billing migration")
        }
        let checkin = try index.select(EntryFilter(kind: .checkin, since: today, until: today, limit: 1)).entries.first?.entry
        #expect(view.todaysCheckin == checkin)
        #expect(view.invitation == Invitations.today(today, index: index))
        #expect(view.onThisDay == index.onThisDay(today))
        // Invitations turned off: none worked out, the rest unchanged.
        let off = try index.home(today: today, invitations: false)
        #expect(off.invitation == nil && off.onThisDay == view.onThisDay && off.todaysCheckin == view.todaysCheckin)
    }

    @Test func aDayWithoutACheckinOrMemoryGivesNone() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        try fill(store)
        let later = LocalDay(year: 2026, month: 12, day: 5)
        let view = try JournalIndex(store: store).home(today: later, invitations: true)
        #expect(view.todaysCheckin == nil && view.invitation == nil && view.onThisDay == nil)
    }
}
