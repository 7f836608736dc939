import Testing
@testable import JournalCore

@Suite("Applications: the funnel")
struct ApplicationFunnelTests {
    @Test func countsSharesMedianAndWeeks() {
        let today = LocalDay(year: 2026, month: 12, day: 2)  // a Wednesday
        let now = LocalTimestamp(day: today, hour: 9, utcOffset: 0)
        func app(_ applied: Int, _ change: (inout Entry) -> Void = { _ in }) -> ApplicationRecord {
            var e = ApplicationChange.new(company: "C\(applied)", role: "R", applied: today.adding(days: -applied), at: now)
            change(&e)
            return ApplicationRecord(e)
        }
        let records = [
            app(30) { ApplicationChange.move(&$0, to: .screen, on: today.adding(days: -26), note: nil, at: now) },      // 4 days
            app(20) { ApplicationChange.move(&$0, to: .interview, on: today.adding(days: -10), note: nil, at: now) },   // 10 days
            app(15) { ApplicationChange.close(&$0, as: .rejected, on: today.adding(days: -9), note: nil, at: now) },    // 6 days
            app(10) { ApplicationChange.close(&$0, as: .withdrawn, on: today.adding(days: -1), note: nil, at: now) },   // no answer
            app(1),
        ]
        let f = ApplicationFunnel(records: records, today: today, weeks: 5, weeklyGoal: 3)
        #expect(f.total == 5 && f.open == 3 && f.answered == 3)
        #expect(f.stages.map(\.reached) == [5, 2, 1, 0, 0])
        #expect(f.stages.map(\.movedPast) == [2, 1, 0, 0, 0])
        #expect(f.stages.map(\.atStage) == [3, 1, 1, 0, 0])
        #expect(f.medianDaysToFirstAnswer == 6)
        #expect(f.perWeek.count == 5 && f.perWeek.last?.start == LocalDay(year: 2026, month: 11, day: 30))
        #expect(f.perWeek.map(\.added) == [1, 1, 2, 0, 1])
        #expect(ApplicationFunnel.percent(3, of: 5) == "60%" && ApplicationFunnel.percent(1, of: 0) == nil)
        let json = ApplicationFunnelJSON(f)
        #expect(json.stages[1].stage == "screen" && json.weeklyGoal == 3)
    }
}
