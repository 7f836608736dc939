import Foundation
import JournalCore
import Testing
@testable import TerminalUI

/// The calm line shown once when feelings are rated 9-10 or the mood 1-2.
@Suite("Support when it is needed")
struct SupportNoteTests {
    /// rows x columns: the sizes the issue names.
    static let sizes = [24 * 1000 + 80, 20 * 1000 + 60, 16 * 1000 + 50]

    func reflection(supportLine: String?, careers: String? = nil) -> ReflectionScreen {
        let screen = ReflectionScreen(guide: Guide.builtIn(), resuming: nil, now: testNow, earlierAchievements: [])
        var settings = Settings.defaults
        settings.supportLine = Sourced(supportLine, .configFile)
        settings.careerResources = Sourced(careers, .configFile)
        _ = screen.handle(.result(.reflectionSettings(ReflectionSettings(settings))))
        return screen
    }

    /// Goes to the feelings step and focuses its strength scale.
    func focusStrength(_ screen: ReflectionScreen) {
        screen.press(.control("n"), .tab)
        #expect(screen.hints.contains(KeyHint("←→", "set")))
    }

    @Test(arguments: sizes)
    func aStrongFeelingGetsOneCalmLineWithTheSupportLine(packed: Int) {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        let screen = reflection(supportLine: "Samaritans, 116 123")
        focusStrength(screen)
        screen.press(.character("8"))
        #expect(screen.support.text == nil)  // 8 is strong, but not the top of the scale
        screen.press(.right)
        let text = screen.rendered(rows: size.rows, columns: size.columns).flatText
        #expect(text.contains("You don't have to hold it alone"), "\(text)")
        #expect(text.contains("116 123."), "\(text)")  // the number is never cut off
        #expect(!text.contains("!"))  // no alarm
    }

    @Test func withoutASettingItSuggestsTalkingToSomeone() {
        let screen = reflection(supportLine: nil)
        focusStrength(screen)
        screen.press(.character("1"), .character("0"))
        #expect(screen.answers.intensityBefore == 10)
        #expect(screen.rendered(rows: 24, columns: 80).flatText.contains("talk to someone you trust today"))
    }

    @Test func itIsOfferedAtMostOnceASession() {
        let screen = reflection(supportLine: "a friend")
        focusStrength(screen)
        screen.press(.character("9"))
        #expect(screen.support.offered)
        screen.press(.control("n"))  // the next step: the line goes
        #expect(screen.support.text == nil)
        screen.press(.control("p"), .tab, .left, .right)  // back to 9 again
        #expect(screen.answers.intensityBefore == 9)
        #expect(screen.support.text == nil)
        #expect(!screen.rendered(rows: 24, columns: 80).flatText.contains("hold it alone"))
    }

    @Test func aLowRatingOrTypingAloneShowsNothing() {
        let screen = reflection(supportLine: "a friend")
        focusStrength(screen)
        screen.press(.character("5"))
        screen.press(.control("p"))
        screen.type("Acme")
        #expect(!screen.support.offered)
        #expect(!screen.rendered(rows: 24, columns: 80).flatText.contains("hold it alone"))
    }

    func checkin(supportLine: String?) -> CheckinScreen {
        let setup = CheckinSetup(day: testNow.day, started: testNow, existing: nil, draft: nil, otherDays: [], followUps: [])
        let screen = CheckinScreen(setup: setup)
        screen.support = SupportNote(supportLine: supportLine)
        return screen
    }

    @Test(arguments: sizes)
    func aVeryLowMoodInTheCheckinGetsTheLineOnce(packed: Int) {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        let screen = checkin(supportLine: "Sam: 555 0100")
        screen.press(.character("2"))
        #expect(screen.values.mood == 2)
        let text = screen.rendered(rows: size.rows, columns: size.columns).flatText
        #expect(text.contains("Sam: 555 0100."), "\(text)")
        screen.press(.character("7"), .character("1"))
        #expect(screen.values.mood == 1)
        #expect(screen.support.offered)
        #expect(screen.rendered(rows: size.rows, columns: size.columns).flatText.contains("hold it alone"))  // still the same single line
        #expect(screen.rendered(rows: size.rows, columns: size.columns).flatText.components(separatedBy: "hold it alone").count == 2)
    }

    @Test func aMoodOfThreeIsNotFlagged() {
        let screen = checkin(supportLine: nil)
        screen.press(.character("3"))
        #expect(!screen.support.offered)
    }

    @Test func theSupportLineIsShownSafely() {
        #expect(SupportNote.sentence(supportLine: "call \u{1B}[31m now") .contains("^[") )
        #expect(SupportNote.sentence(supportLine: "  ").hasSuffix("talk to someone you trust today."))
        #expect(SupportNote.sentence(supportLine: "Samaritans.") .hasSuffix("alone: Samaritans."))
    }

    @Test(arguments: sizes)
    func careerResourcesAppearInTheOptionsStep(packed: Int) {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        let screen = reflection(supportLine: nil, careers: "the careers service, careers@example.edu")
        let options = screen.guide.steps.firstIndex { $0.id == "options" }!
        for _ in 0..<options { screen.press(.control("n")) }
        let text = screen.rendered(rows: size.rows, columns: size.columns).flatText
        #expect(text.contains("Help you can call on: the careers service"), "\(text)")
        screen.press(.control("n"))
        #expect(!screen.rendered(rows: size.rows, columns: size.columns).flatText.contains("Help you can call on"))
    }

    @Test(arguments: sizes)
    func theGuidesReassuranceComesBeforeStepOne(packed: Int) {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        let screen = reflection(supportLine: nil)
        let text = screen.rendered(rows: size.rows, columns: size.columns).flatText
        #expect(text.contains("Skip anything you"), "\(text)")
        screen.press(.control("n"))
        #expect(!screen.rendered(rows: size.rows, columns: size.columns).flatText.contains("Skip anything you"))
    }

    @Test func theScreenAsksTheLoopForItsSettings() throws {
        let screen = reflection(supportLine: nil)
        let effects = screen.handle(.appeared)
        guard case .perform(let work)? = effects.first else { Issue.record("no settings request"); return }
        let journal = TempJournal()
        defer { journal.cleanUp() }
        var settings = Settings.defaults
        settings.supportLine = Sourced("a helpline", .configFile)
        let context = AppContext(store: journal.store, guide: screen.guide, now: testNow,
                                 terminal: ScreenBuffer(rows: 24, columns: 80), environment: [:], settings: settings)
        let result = try #require(work(context))
        _ = screen.handle(.result(result))
        #expect(screen.support.supportLine == "a helpline")
    }
}


extension ScreenBuffer {
    /// The screen's text as one line, wrapped lines joined with a space, so a sentence is
    /// found whatever the width it was wrapped at.
    var flatText: String {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

@Suite("The reassurance never hides the first field")
struct ReassuranceLayoutTests {
    @Test(arguments: [24 * 1000 + 80, 20 * 1000 + 60, 16 * 1000 + 50])
    func theFocusedFieldStaysInView(packed: Int) {
        let screen = ReflectionScreen(guide: Guide.builtIn(), resuming: nil, now: testNow, earlierAchievements: [])
        let text = screen.rendered(rows: packed / 1000, columns: packed % 1000).text
        #expect(text.contains("› Company"), "\(text)")
    }
}
