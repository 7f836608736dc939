import Testing
import JournalCore
@testable import TerminalUI

/// The two screens built on `Form`, whole, at 80x24: what a person sees when they open them.
@Suite struct FormScreensLayoutTests {
    @Test func theFeelingsStepAt80x24() {
        let screen = ReflectionScreen(guide: Guide.builtIn(), resuming: nil, now: testNow, earlierAchievements: [])
        _ = screen.handle(.resize(Size(rows: 24, columns: 80)))
        screen.press(.control("n"))
        assertLines(screen.rendered(rows: 24, columns: 80), [
            "  Step 2 of 10 · Name the feelings",
            "  ━━━━━━━━━━━━━━━─────────────────────────────────────────────────────────────",
            "",
            "  Whatever you feel right now makes sense. Name it before doing anything else",
            "  with it: feelings that have a name are easier to hold.",
            "",
            "› Which feelings are here? (Space to tick; add your own words on the last",
            "  line)",
            "    › [ ] disappointed",
            "      [ ] frustrated",
            "      [ ] sad",
            "      [ ] anxious",
            "      [ ] angry",
            "      [ ] embarrassed",
            "      [ ] numb",
            "      [ ] relieved",
            "      [ ] hopeful",
            "      [ ] determined",
            "      Other: your own words, separated by commas",
            "",
            "  ↓ more below (Tab)",
            "",
            "",
            " Tab next · Shift-Tab back · Esc pause · Ctrl-S save · Space tick … ? keys",
        ])
        // Tab folds the list to what was ticked and brings the rating into view.
        screen.press(.character(" "), .tab)
        let lines = screen.rendered(rows: 24, columns: 80).lines
        #expect(lines[8].hasPrefix("    disappointed"))
        #expect(lines[10].hasPrefix("› How strong are they right now?"))
    }

    @Test func theCheckinWithFollowUpsAt80x24() {
        let followUps = [
            FollowUp(entryID: EntryID("2026-11-20-1000-reflection-acme"), relativePath: "a.md", note: "Ask Acme for feedback",
                     due: testNow.day.adding(days: -2), isDone: false),
            FollowUp(entryID: EntryID("2026-11-21-1000-reflection-b"), relativePath: "b.md", note: "Write to Sam", due: testNow.day, isDone: false),
        ]
        let screen = CheckinScreen(setup: CheckinSetup(day: testNow.day, started: testNow, followUps: followUps))
        _ = screen.handle(.resize(Size(rows: 24, columns: 80)))
        assertLines(screen.rendered(rows: 24, columns: 80), [
            "  Daily check-in                                       Friday 27 November 2026",
            "  Your first check-in. Welcome.",
            "",
            "› Mood                    1 ─────────────────── 10  not answered",
            "  Energy                  1 ─────────────────── 10  not answered",
            "  Hours of sleep          e.g. 7.5",
            "",
            "  Looked after yourself   —",
            "",
            "  Applications sent       0 ─────────────────────────────── 15  not answered",
            "  People contacted        0 ─────────────────────────────── 15  not answered",
            "  Learning (sessions)     0 ─────────────────────────────── 15  not answered",
            "",
            "  Follow-ups you planned",
            "      [ ] Ask Acme for feedback · was due Wed 25 Nov",
            "      [ ] Write to Sam · due today",
            "",
            "  One small win           e.g. a walk, a hard email sent",
            "",
            "  ↓ more below",
            "",
            "",
            "",
            " Tab next · Shift-Tab back · ←→ set · Ctrl-S save · Esc pause · ? keys",
        ])
        // The follow-ups are one stop of the form, between the counts and the win.
        for _ in 0..<7 { screen.press(.tab) }
        #expect(screen.focusedStop == .followUps)
        let lines = screen.rendered(rows: 24, columns: 80).lines
        #expect(lines.contains { $0.hasPrefix("› Follow-ups you planned") })
        #expect(lines.last?.contains("Space done") == true)
    }

    /// A person's own guide may have a step with only words to read: its form is empty, and keys
    /// there neither crash nor get lost; Tab goes on to the next step.
    @Test func aStepWithNothingToFillIn() throws {
        let guide = try GuideParser.parse("# My guide\n\n## Breathe\nid: breathe\n\nJust read this, slowly.\n\n## Write\nid: write\n\n### Words\nWhat is here now?\n")
        let screen = ReflectionScreen(guide: guide, resuming: nil, now: testNow, earlierAchievements: [])
        _ = screen.handle(.resize(Size(rows: 24, columns: 80)))
        #expect(screen.forms[0].isEmpty)
        screen.type("x?")
        screen.press(.down)
        let lines = screen.rendered(rows: 24, columns: 80).lines
        #expect(lines.contains { $0.contains("Just read this, slowly.") })
        #expect(screen.phase == .step(0))
        screen.press(.enter)
        #expect(screen.phase == .step(1))
        screen.press(.backTab, .backTab)
        #expect(screen.phase == .step(0))
        screen.press(.tab)
        #expect(screen.phase == .step(1))
        screen.type("calm")
        #expect(screen.answers.text(guide.steps[1].id, 0) == "calm")
    }
}
