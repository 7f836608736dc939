import Foundation
import Testing
import JournalCore
@testable import TerminalUI

/// What the reflection and the check-in say about the applications being tracked.
@Suite("Applications in the reflection and the check-in")
struct ApplicationGlanceScreenTests {
    static func records() -> [ApplicationRecord] {
        let day = testNow.day
        var out: [Entry] = []
        for (i, company) in ["Globex", "Initech", "Hooli", "Acme"].enumerated() {
            var e = ApplicationChange.new(company: company, role: "Engineer", applied: day.adding(days: -i * 3),
                                          at: LocalTimestamp(day: day, hour: 9, minute: i, utcOffset: 3600))
            if company == "Acme" { ApplicationChange.close(&e, as: .rejected, on: day, note: nil, at: testNow) }
            if company == "Hooli" { ApplicationChange.setNextAction(&e, "send thanks", on: day.adding(days: -1), at: testNow) }
            out.append(e)
        }
        return out.map { ApplicationRecord($0) }
    }

    @Test func stepsThreeSevenAndNineMentionTheApplications() throws {
        let records = Self.records()
        let acme = try #require(records.first { $0.company == "Acme" })
        let glance = ApplicationGlance(records: records, today: testNow.day, excluding: acme.id)
        #expect(glance.total == 4 && glance.open.count == 3)
        // Applied on the 27th, 24th and 21st: the week from Monday the 23rd holds two.
        #expect(glance.addedThisWeek == 2)
        let screen = ReflectionScreen(guide: Guide.builtIn(), resuming: nil, now: testNow, earlierAchievements: [],
                                      starting: ApplicationReflection.answers(for: acme, rejectedOn: testNow.day), applications: glance)
        for _ in 0..<2 { screen.press(.control("n")) }
        var text = screen.rendered(rows: 24, columns: 80).text
        #expect(text.contains("Step 3 of 10"))
        #expect(text.contains("This was one of 4 applications; 3 are still open."))
        for _ in 0..<4 { screen.press(.control("n")) }
        text = screen.rendered(rows: 30, columns: 80).text
        #expect(text.contains("Step 7 of 10") && text.contains("Still in flight:"))
        #expect(text.contains("Hooli, Engineer") && text.contains("Globex, Engineer") && !text.contains("Acme, Engineer"))
        for _ in 0..<2 { screen.press(.control("n")) }
        text = screen.rendered(rows: 30, columns: 80).text
        #expect(text.contains("Step 9 of 10") && text.contains("Applications added this week: 2."))
        // Without tracked applications the steps say nothing about them.
        let plain = ReflectionScreen(guide: Guide.builtIn(), resuming: nil, now: testNow, earlierAchievements: [])
        for _ in 0..<2 { plain.press(.control("n")) }
        #expect(!plain.rendered(rows: 24, columns: 80).text.contains("applications;"))
    }

    @Test func theCheckinShowsNextActionsThatAreDue() throws {
        var setup = CheckinSetup(day: testNow.day, started: testNow)
        setup.dueActions = ApplicationQuery.due(Self.records(), today: testNow.day)
        #expect(setup.dueActions.map(\.company) == ["Hooli"])
        let screen = CheckinScreen(setup: setup)
        // The list sits just above the save button, at the end of the form.
        for _ in 0..<12 { screen.press(.tab) }
        let text = screen.rendered(rows: 40, columns: 80).text
        #expect(text.contains("Next for your applications"))
        #expect(text.contains("Hooli, Engineer: send thanks (since Thu 26 Nov)"))
    }
}

@Suite("Applications funnel on the Insights screen")
struct ApplicationFunnelInsightsTests {
    @Test func trendsDrawTheFunnelAsBars() throws {
        let day = testNow.day
        var entries: [StoredEntry] = []
        for i in 0..<4 {
            var e = ApplicationChange.new(company: "C\(i)", role: "R", applied: day.adding(days: -10 - i),
                                          at: LocalTimestamp(day: day, hour: 9, minute: i, utcOffset: 3600))
            if i < 2 { ApplicationChange.move(&e, to: .interview, on: day.adding(days: -5), note: nil, at: testNow) }
            entries.append(StoredEntry(entry: e, relativePath: "entries/2026/11/\(e.id).md", size: 1, modified: 1))
        }
        let screen = InsightsScreen(entries: entries, today: day)
        screen.press(.character("3"))
        _ = screen.rendered(rows: 24, columns: 80)
        let text = screen.trends.map(\.text).joined(separator: "\n")
        #expect(text.contains("Applications"))
        let applied = try #require(screen.trends.first { $0.text.hasPrefix("  applied") }?.text)
        let interview = try #require(screen.trends.first { $0.text.hasPrefix("  interview") }?.text)
        #expect(applied.hasSuffix(" 4") && interview.hasSuffix(" 2"))
        #expect(applied.count(where: { $0 == "█" }) == 2 * interview.count(where: { $0 == "█" }))
        #expect(text.contains("4 in all, 4 open; 50% heard back; a first answer took"))
        #expect(!text.lowercased().contains("ghost"))
        // No applications, no funnel.
        let plain = InsightsScreen(entries: [], today: day)
        plain.press(.character("3"))
        _ = plain.rendered(rows: 24, columns: 80)
        #expect(!plain.trends.contains { $0.text == "Applications" })
    }
}
