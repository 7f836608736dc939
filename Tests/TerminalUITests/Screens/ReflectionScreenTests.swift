import JournalCore
import Testing
@testable import TerminalUI

@Suite("Guided reflection screen")
struct ReflectionScreenTests {
    let guide = Guide.builtIn()

    func newScreen() -> ReflectionScreen {
        let screen = ReflectionScreen(guide: guide, resuming: nil, now: testNow, earlierAchievements: [])
        _ = screen.handle(.resize(Size(rows: 30, columns: 100)))
        return screen
    }

    @Test func firstStepShowsProgressFieldsAndKeys() {
        let text = newScreen().rendered().text
        #expect(text.contains("Step 1 of 10 · What happened"))
        #expect(text.contains("Company"))
        #expect(text.contains("e.g. Acme"))
        #expect(text.contains("Tab next"))
        #expect(text.contains("Esc pause"))
    }

    @Test func typedTextGoesIntoTheAnswersWithAccentsAndEmoji() {
        let screen = newScreen()
        screen.type("Café Zoë 🚀")
        screen.press(.tab)
        screen.type("Backend Engineer")
        #expect(screen.answers.company == "Café Zoë 🚀")
        #expect(screen.answers.role == "Backend Engineer")
        #expect(screen.rendered().text.contains("Café Zoë 🚀"))
    }

    @Test func enterMovesOnFromASingleLineField() {
        let screen = newScreen()
        screen.type("Acme")
        screen.press(.enter)
        screen.type("Engineer")
        #expect(screen.answers.role == "Engineer")
    }

    @Test func tabPastTheLastFieldGoesToTheNextStepAndSavesTheDraft() {
        let screen = newScreen()
        screen.type("Acme")
        var effects: [Effect] = []
        for _ in 0..<6 { effects += screen.press(.tab) }
        #expect(screen.phase == .step(1))
        #expect(effects.contains { if case .saveDraft = $0 { return true } else { return false } })
        #expect(screen.rendered().text.contains("Step 2 of 10 · Name the feelings"))
    }

    @Test func answersStayWhenGoingBackAndForth() {
        let screen = newScreen()
        screen.type("Acme")
        screen.press(.control("n"))
        screen.press(.character(" "))  // tick "disappointed"
        screen.press(.control("p"))
        #expect(screen.phase == .step(0))
        #expect(screen.rendered().text.contains("Acme"))
        screen.press(.control("n"))
        #expect(screen.answers.emotions == ["disappointed"])
        #expect(screen.rendered().text.contains("[x] disappointed"))
    }

    @Test func shiftTabOnTheFirstFieldGoesToThePreviousStepsLastField() {
        let screen = newScreen()
        screen.press(.control("n"))
        screen.press(.backTab)
        #expect(screen.phase == .step(0))
        #expect(screen.focus[0] == screen.forms[0].count - 1)
    }

    @Test func enterInsideATextAreaStartsANewLine() {
        let screen = newScreen()
        for _ in 0..<5 { screen.press(.tab) }  // the "How it went" prompt
        screen.type("First line")
        screen.press(.enter)
        screen.type("Second line")
        #expect(screen.phase == .step(0))
        #expect(screen.answers.text("rejection", 0) == "First line\nSecond line")
    }

    @Test func escPausesAndKeepsTheDraft() {
        let screen = newScreen()
        screen.type("Acme")
        let effects = screen.press(.escape)
        #expect(effects.count == 2)
        let draft = screen.draft
        #expect(draft?.company == "Acme")
        #expect(draft?.extraFields.first?.text == "draft_step: rejection")
    }

    @Test func noDraftBeforeAnythingIsTyped() {
        #expect(newScreen().draft == nil)
    }

    @Test func achievementsStepShowsEarlierOnes() {
        let screen = ReflectionScreen(guide: guide, resuming: nil, now: testNow,
                                      earlierAchievements: ["Shipped the search feature", "Mentored two juniors"])
        for _ in 0..<4 { screen.press(.control("n")) }
        let text = screen.rendered().text
        #expect(text.contains("Remember your value"))
        #expect(text.contains("From your earlier entries:"))
        #expect(text.contains("• Shipped the search feature"))
    }

    @Test func summaryShowsEveryAnswerAndSaves() throws {
        let screen = newScreen()
        screen.type("Acme")
        screen.press(.tab)
        screen.type("Backend Engineer")
        for _ in 0..<4 { screen.press(.control("n")) }
        screen.type("Led the billing migration")
        for _ in 0..<6 { screen.press(.control("n")) }
        #expect(screen.phase == .summary)
        let text = screen.rendered().text
        #expect(text.contains("Acme, Backend Engineer"))
        #expect(text.contains("Achievements"))
        #expect(text.contains("• Led the billing migration"))
        let effects = screen.press(.enter)
        guard case .saveEntry(let entry, let draftID)? = effects.first else {
            Issue.record("Enter on the summary should save, got \(effects)")
            return
        }
        #expect(entry.id.rawValue == "2026-11-27-1405-reflection-acme")
        #expect(entry.achievements == ["Led the billing migration"])
        #expect(draftID == screen.draft?.id)
    }

    @Test func summaryStepKeysCoverAllTenAndOneKeyReturns() {
        let screen = newScreen()
        screen.type("Acme")
        for _ in 0..<10 { screen.press(.control("n")) }
        #expect(screen.phase == .summary)
        for (size, needle) in [((24, 80), "1-9 0 edit step"), ((20, 60), "Keys 1-9 0 open a step again.")] {
            let text = screen.rendered(rows: size.0, columns: size.1).text
            #expect(text.contains(needle), "\(size): \(text)")
        }
        screen.press(.character("0"))
        #expect(screen.phase == .step(9))
        #expect(screen.rendered(rows: 24, columns: 80).text.contains("Ctrl-R back to summary"))
        screen.press(.control("r"))
        #expect(screen.phase == .summary)
        screen.press(.character("1"))
        screen.type(" Ltd")
        screen.press(.control("r"))
        #expect(screen.phase == .summary)
        #expect(screen.answers.company == "Acme Ltd")
        // It still works after moving on to the next step; a step reached in the ordinary way does not offer it.
        screen.press(.character("1"), .control("n"), .control("r"))
        #expect(screen.phase == .summary)
        let fresh = newScreen()
        fresh.press(.control("n"), .control("r"))
        #expect(fresh.phase == .step(1))
        #expect(!fresh.rendered().text.contains("back to summary"))
    }

    @Test func resumingADraftRestoresTextAndStep() {
        let first = newScreen()
        first.type("Zoë & Co")
        first.press(.control("n"))
        first.press(.tab)
        first.press(.character("7"))
        let draft = try! #require(first.draft)
        let resumed = ReflectionScreen(guide: guide, resuming: draft, now: testNow, earlierAchievements: [])
        #expect(resumed.phase == .step(1))
        #expect(resumed.answers.company == "Zoë & Co")
        #expect(resumed.answers.intensityBefore == 7)
        #expect(resumed.rendered().text.contains("Welcome back"))
    }

    @Test func resumingPutsTheCursorInTheLastBoxWrittenIn() throws {
        let first = newScreen()
        first.press(.control("n"))
        first.press(.tab, .tab)  // the free-text box of the feelings step
        first.type("Still raw.")
        let draft = try #require(first.draft)
        let resumed = ReflectionScreen(guide: guide, resuming: draft, now: testNow, earlierAchievements: [])
        #expect(resumed.focus[1] == 2)
        #expect(resumed.rendered(rows: 24, columns: 80).text.contains("Still raw."))
    }

    @Test func aFailedSaveSaysWhyAndKeepsTheDraft() {
        let screen = newScreen()
        screen.type("Acme")
        for _ in 0..<10 { screen.press(.control("n")) }
        let effects = screen.handle(.result(.saveFailed("Could not save entries/x.md: the disk is full.")))
        #expect(screen.phase == .summary)
        #expect(effects.contains { if case .saveDraft = $0 { return true } else { return false } })
        #expect(screen.rendered().text.contains("the disk is full"))
    }

    @Test func fitsAt80x24WithTheFocusedFieldVisible() {
        let screen = newScreen()
        screen.press(.control("n"))  // feelings: a long checklist, a scale and a text area
        screen.press(.character(" "))
        let listFocused = screen.rendered(rows: 24, columns: 80)
        #expect(listFocused.text.contains("[x] disappointed"))
        #expect(listFocused.text.contains("↓ more below"))
        screen.press(.tab, .tab)
        let areaFocused = screen.rendered(rows: 24, columns: 80)
        // The list folds to one line once it loses focus, so the whole step fits.
        #expect(areaFocused.text.contains("    disappointed\n"))
        #expect(areaFocused.text.contains("What is it like right now?"))
        #expect(areaFocused.lines.allSatisfy { $0.displayWidth <= 80 })
    }

    @Test func scrollsToAFieldBelowTheFold() {
        let screen = newScreen()
        for _ in 0..<5 { screen.press(.tab) }  // step 1's last field, "How it went"
        let buffer = screen.rendered(rows: 18, columns: 80)
        #expect(buffer.text.contains("Anything about how you heard"))
        #expect(buffer.text.contains("↑ more above"))
    }
}

@Suite("Status line")
struct StatusLineTests {
    @Test func aDraftProblemStaysUntilTheNextDraftIsSaved() {
        var line = StatusLine()
        line.showDraftProblem("The disk is full.")
        line.draftSaved()
        #expect(line.text == nil)
        line.show("Welcome back.")
        line.draftSaved()
        #expect(line.text == "Welcome back.")
        #expect(line.noteDraft(.draftFailed("The disk is full.")) && line.text == "The disk is full.")
        #expect(line.noteDraft(.draftSaved) && line.text == nil)
        #expect(!line.noteDraft(.saveFailed("x")) && line.text == nil)
    }
}

@Suite("Text boxes use the room") struct TextBoxRoomTests {
    let guide = Guide.builtIn()

    @Test(arguments: [(24, 80), (20, 60), (16, 50)])
    func aFocusedBoxGrowsWithItsTextAndMarksWhatIsHidden(size: (Int, Int)) {
        let screen = ReflectionScreen(guide: guide, resuming: nil, now: testNow, earlierAchievements: [])
        _ = screen.handle(.resize(Size(rows: size.0, columns: size.1)))
        for _ in 0..<5 { screen.press(.tab) }  // step 1's free writing box
        let lines = (1...8).map { "line \($0)" }
        screen.type(lines.joined(separator: " \n"))
        let text = screen.rendered(rows: size.0, columns: size.1).text
        // At 80x24 all eight lines fit; smaller, the most recent ones show and an arrow marks the rest.
        let shown = lines.filter { text.contains($0) }.count
        #expect(shown >= (size.0 >= 24 ? 8 : 4), "\(size): \(text)")
        #expect(text.contains("line 8"))
        if shown < 8 { #expect(text.contains("↑"), "\(size): \(text)") }
    }
}
