import Testing
import OnwardTestSupport
@testable import JournalCore

@Suite("On this day")
struct OnThisDayTests {
    private let today = LocalDay(year: 2026, month: 12, day: 1)

    private func entry(_ time: String, kind: EntryKind, title: String? = nil, achievements: String? = nil,
                       wins: [String] = [], status: EntryStatus? = nil) throws -> Entry {
        let t = try timestamp(time)
        var e = Entry(id: EntryID.make(at: t, kind: kind, slugSource: title), kind: kind, created: t)
        e.title = title
        e.wins = wins
        e.status = status
        if let achievements { e.sections = [Section(heading: "Achievements", body: achievements)] }
        return e
    }

    @Test func achievementsComeBeforeWinsAndWinsBeforeTitles() throws {
        let entries = try [
            entry("2026-11-01T10:00:00+01:00", kind: .note, title: "Coffee with Sam"),
            entry("2026-10-01T09:00:00+01:00", kind: .checkin, wins: ["Walked to the river"]),
            entry("2026-09-01T10:00:00+01:00", kind: .reflection, title: "Acme", achievements: "- Led the billing migration"),
            entry("2026-11-30T10:00:00+01:00", kind: .reflection, title: "Not the same day", achievements: "- nope"),
            entry("2026-08-01T10:00:00+01:00", kind: .reflection, title: "Draft", achievements: "- a draft", status: "draft"),
        ]
        let memory = try #require(OnThisDay.pick(from: entries, today: today))
        #expect(memory.source == .achievement)
        #expect(memory.line(today: today) == "On 1 September: Led the billing migration")
        let noAchievement = OnThisDay.pick(from: entries.filter { $0.achievements.isEmpty }, today: today)
        #expect(noAchievement?.line(today: today) == "On 1 October: Walked to the river")
        let onlyTitles = OnThisDay.pick(from: entries.filter { $0.achievements.isEmpty && $0.wins.isEmpty }, today: today)
        #expect(onlyTitles?.line(today: today) == "On 1 November: Coffee with Sam")
    }

    @Test func theSameDateInAnEarlierYearWinsAmongEquals() throws {
        let entries = try [
            entry("2026-11-01T09:00:00+01:00", kind: .checkin, wins: ["Last month"]),
            entry("2025-12-01T09:00:00+01:00", kind: .checkin, wins: ["A year ago"]),
        ]
        #expect(OnThisDay.pick(from: entries, today: today)?.line(today: today) == "On this day in 2025: A year ago")
        // Today itself, a check-in without a win and other days give nothing.
        let none = try [entry("2026-12-01T08:00:00+01:00", kind: .note, title: "today"),
                        entry("2026-11-01T09:00:00+01:00", kind: .checkin),
                        entry("2026-11-02T09:00:00+01:00", kind: .note, title: "the 2nd")]
        #expect(OnThisDay.pick(from: none, today: today) == nil)
        #expect(OnThisDay.pick(from: [try entry("2025-06-01T09:00:00+01:00", kind: .note, title: "June")], today: today)?
            .line(today: today) == "On 1 June 2025: June")
    }

    @Test func theIndexDecodesOnlyMatchingDaysAndGivesTheSameAnswer() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        // No index yet: nothing is said rather than reading everything.
        _ = try store.create(try entry("2026-09-01T10:00:00+01:00", kind: .reflection, title: "Acme", achievements: "- Led the billing migration"))
        _ = try store.create(try entry("2026-09-02T10:00:00+01:00", kind: .reflection, title: "Globex", achievements: "- Other day"))
        #expect(JournalIndex(store: store).onThisDay(today) == nil)
        _ = try store.loadIndexed()
        let memory = JournalIndex(store: store).onThisDay(today)
        #expect(memory?.line(today: today) == "On 1 September: Led the billing migration")
        #expect(memory == OnThisDay.pick(from: try store.load().entries.map(\.entry), today: today))
    }
}
