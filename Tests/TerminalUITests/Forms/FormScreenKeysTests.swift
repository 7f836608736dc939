import Testing
import JournalCore
@testable import TerminalUI

/// The reflection's and the check-in's keys come from one table: what is handled is what the
/// footer and the help name.
@Suite struct FormScreenKeysTests {
    @Test func pageDownChangesStepOutsideATextBoxAndTheHelpSaysSoOnlyThere() {
        let screen = ReflectionScreen(guide: Guide.builtIn(), resuming: nil, now: testNow, earlierAchievements: [])
        _ = screen.handle(.resize(Size(rows: 24, columns: 80)))
        // On the company line, PgDn is "skip step" and the help names it.
        #expect(screen.keys.helpHints.contains(KeyHint("Ctrl-N PgDn", "skip step", priority: 2)))
        #expect(screen.keys.action(for: .pageDown) == .nextStep)
        screen.press(.control("n"), .control("n"))
        // Step 3 starts in a text box: PgDn scrolls it, so the table leaves it alone and the help says only Ctrl-N.
        guard case .step(2) = screen.phase, screen.forms[2][screen.focus[2]].widget.isMultiline else {
            Issue.record("expected a text box on step 3, got \(screen.phase)"); return
        }
        #expect(screen.keys.action(for: .pageDown) == nil)
        #expect(screen.keys.helpHints.contains(KeyHint("Ctrl-N", "skip step", priority: 2)))
        screen.press(.pageDown)
        #expect(screen.phase == .step(2))
        // `?` is typed there; F1 opens the help, drawn from the same table.
        screen.type("?")
        #expect(screen.answers.text("not-a-verdict", 0) == "?")
        screen.press(.function(1))
        let help = screen.rendered(rows: 24, columns: 80).text
        #expect(help.contains("Ctrl-N") && help.contains("skip step") && !help.contains("PgDn"))
    }

    @Test func noTableNamesAKeyTwice() {
        let screen = ReflectionScreen(guide: Guide.builtIn(), resuming: nil, now: testNow, earlierAchievements: [])
        _ = screen.handle(.resize(Size(rows: 24, columns: 80)))
        for _ in 0..<60 {
            #expect(screen.keys.repeatedKeys.isEmpty, "\(screen.phase) \(screen.keys.repeatedKeys)")
            #expect(screen.hints == screen.keys.footerHints)
            if case .summary = screen.phase { break }
            screen.press(.tab)
        }
        #expect(screen.phase == .summary)
        #expect(screen.keys.repeatedKeys.isEmpty)
        #expect(screen.keys.action(for: .character("0")) == .editStep(9))
        let checkin = CheckinScreen(setup: CheckinSetup(day: testNow.day, started: testNow))
        for _ in 0..<12 {
            #expect(checkin.keys.repeatedKeys.isEmpty, "\(checkin.focusedStop)")
            checkin.press(.tab)
        }
        #expect(checkin.focusedStop == .save)
        #expect(checkin.hints.contains(KeyHint("Enter", "save")))
    }

    @Test func theSummaryKeysScrollAndOpenASteps() {
        let screen = ReflectionScreen(guide: Guide.builtIn(), resuming: nil, now: testNow, earlierAchievements: [])
        _ = screen.handle(.resize(Size(rows: 24, columns: 80)))
        screen.type("Acme")
        for _ in 0..<10 { screen.press(.control("n")) }
        #expect(screen.phase == .summary)
        screen.press(.down, .character("j"))
        #expect(screen.summaryScroll == 2)
        screen.press(.home)
        #expect(screen.summaryScroll == 0)
        screen.press(.character("3"))
        #expect(screen.phase == .step(2))
        #expect(screen.keys.action(for: .control("r")) == .backToSummary)
        screen.press(.control("r"))
        #expect(screen.phase == .summary)
    }
}
