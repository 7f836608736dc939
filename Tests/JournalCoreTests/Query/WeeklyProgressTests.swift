import Testing
@testable import JournalCore

@Suite("WeeklyProgress")
struct WeeklyProgressTests {
    private func reflection(_ time: String, applications: Int?, contacts: Int?, status: EntryStatus? = nil) throws -> Entry {
        let t = try timestamp(time)
        var e = Entry(id: EntryID.make(at: t, kind: .reflection), kind: .reflection, created: t)
        e.goalApplications = applications
        e.goalContacts = contacts
        e.status = status
        return e
    }

    private func checkin(_ time: String, applications: Int?, contacts: Int? = nil) throws -> Entry {
        var e = try QueryFixture.checkin(time)
        e.applications = applications
        e.contacts = contacts
        return e
    }

    @Test func weekStartsOnMonday() throws {
        // 2026-11-23 is a Monday, 2026-11-29 a Sunday.
        #expect(WeeklyProgress.monday(of: try QueryFixture.day("2026-11-23")).description == "2026-11-23")
        #expect(WeeklyProgress.monday(of: try QueryFixture.day("2026-11-29")).description == "2026-11-23")
        #expect(WeeklyProgress.monday(of: try QueryFixture.day("2026-11-30")).description == "2026-11-30")
        // Across a year end: Friday 2027-01-01 belongs to the week of Monday 2026-12-28.
        #expect(WeeklyProgress.monday(of: try QueryFixture.day("2027-01-01")).description == "2026-12-28")
    }

    @Test func countsThisWeeksCheckinsAgainstTheLatestGoals() throws {
        let entries = try [
            reflection("2026-11-10T10:00:00+01:00", applications: 10, contacts: 4),
            reflection("2026-11-20T10:00:00+01:00", applications: 5, contacts: 2),
            reflection("2026-11-25T10:00:00+01:00", applications: nil, contacts: nil),  // no goals: not the source
            checkin("2026-11-22T20:00:00+01:00", applications: 7),  // Sunday of the week before
            checkin("2026-11-23T09:00:00+01:00", applications: 2, contacts: 1),
            checkin("2026-11-25T09:00:00+01:00", applications: 1),
            checkin("2026-11-28T09:00:00+01:00", applications: 4),  // after today
        ]
        let p = WeeklyProgress(entries: entries, today: try QueryFixture.day("2026-11-27"))
        #expect(p.weekStart.description == "2026-11-23")
        #expect(p.applications == 3)
        #expect(p.contacts == 1)
        #expect(p.goalApplications == 5)
        #expect(p.goalContacts == 2)
        #expect(p.goalSource?.rawValue == "2026-11-20-1000-reflection")
        #expect(p.adding(applications: 2, contacts: -3).applications == 5)
        #expect(p.adding(applications: 2, contacts: -3).contacts == 1)
    }

    @Test func draftsAndLaterReflectionsAreLeftOut() throws {
        let entries = try [
            reflection("2026-11-20T10:00:00+01:00", applications: 3, contacts: nil),
            reflection("2026-11-26T10:00:00+01:00", applications: 9, contacts: 9, status: "draft"),
            reflection("2026-11-30T10:00:00+01:00", applications: 8, contacts: 8),
        ]
        let p = WeeklyProgress(entries: entries, today: try QueryFixture.day("2026-11-27"))
        #expect(p.goalApplications == 3)
        #expect(p.goalContacts == nil)
        #expect(p.hasGoals)
    }

    @Test func noGoalsWithoutAReflection() throws {
        let p = WeeklyProgress(entries: [try checkin("2026-11-27T09:00:00+01:00", applications: 1)], today: try QueryFixture.day("2026-11-27"))
        #expect(!p.hasGoals)
        #expect(p.applications == 1)
    }
}

@Suite("Weekly progress with settings")
struct WeeklyProgressSettingsTests {
    @Test func weekStartsOnTheConfiguredDay() {
        // Friday 27 November 2026; with weeks starting on Sunday the week began on the 22nd.
        let today = LocalDay(year: 2026, month: 11, day: 27)
        var early = Entry(id: EntryID("2026-11-23-0900-checkin"), kind: .checkin,
                          created: LocalTimestamp(day: LocalDay(year: 2026, month: 11, day: 22), hour: 9))
        early.applications = 2
        let sunday = WeeklyProgress(entries: [early], today: today, weekStart: .sunday)
        #expect(sunday.weekStart == LocalDay(year: 2026, month: 11, day: 22))
        #expect(sunday.applications == 2)
        let monday = WeeklyProgress(entries: [early], today: today)
        #expect(monday.applications == 0)
    }

    @Test func configuredGoalsApplyUntilAReflectionSetsItsOwn() {
        let today = LocalDay(year: 2026, month: 11, day: 27)
        let fallback = WeeklyProgress(entries: [], today: today, defaultApplications: 5, defaultContacts: 2)
        #expect(fallback.goalApplications == 5)
        #expect(fallback.goalContacts == 2)
        var reflection = Entry(id: EntryID("2026-11-24-1000-reflection-acme"), kind: .reflection,
                               created: LocalTimestamp(day: LocalDay(year: 2026, month: 11, day: 24), hour: 10))
        reflection.goalApplications = 3
        let own = WeeklyProgress(entries: [reflection], today: today, defaultApplications: 5, defaultContacts: 2)
        #expect(own.goalApplications == 3)
        #expect(own.goalContacts == nil)
    }
}
