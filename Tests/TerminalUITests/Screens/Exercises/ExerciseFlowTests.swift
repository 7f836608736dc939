import Foundation
import JournalCore
import Testing
@testable import TerminalUI

@Suite("Exercises from home, on the reflection's screen")
struct ExerciseFlowTests {
    @Test func homeAndEndGoToTheFirstAndTheLastExercise() {
        let exercises = GuideLibrary.builtIn.exercises
        let screen = ExerciseListScreen(exercises: exercises, drafts: [])
        _ = screen.press(.end)
        #expect(screen.rendered().text.contains("› " + exercises.last!.title))
        _ = screen.press(.home)
        #expect(screen.rendered().text.contains("› " + exercises.first!.title))
    }

    @Test func writeItOutKeepsTimeOnItsWritingStepAndSavesANote() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let clock = TestClock()
        var idle = 0
        var midway = "", atTheEnd = "", draftWhileWriting = ""
        let screen = ScreenBuffer(rows: 24, columns: 80)
        let terminal = IdleScriptedTerminal(rows: 24, columns: 80) {
            idle += 1
            switch idle {
            case 1...48:
                clock.advance(20)  // the loop ticks once a turn: about 40 s of writing a turn
                if idle == 20 { midway = screen.text }
                return nil
            case 49:
                atTheEnd = screen.text
                draftWhileWriting = journal.draftFiles().first.map { journal.read(".onward/drafts/" + $0) } ?? ""
                screen.enqueue(keys: [.control("n"), .character("3"), .control("n"), .enter])
                return nil
            case 50...60: return nil
            default: return .terminate
            }
        }
        screen.enqueue(keys: [.up, .up, .enter])  // Other exercises, just above Quit (the menu wraps)
        screen.enqueue(keys: [.enter])  // Write it out
        screen.enqueue(keys: [.character("7"), .control("n")])
        screen.type("What I keep coming back to is the email.")
        let app = App(terminal: SharedBufferTerminal(screen, idle: terminal), store: journal.store, guide: Guide.builtIn(),
                      clock: { clock.now }, timeZone: TimeZone(secondsFromGMT: 3600)!)
        app.run(.home)
        #expect(midway.contains("Step 2 of 3 · Write"))
        #expect(midway.contains("min left"))
        #expect(atTheEnd.contains("time's up · stop when you like"), "the time ran out, and the person may go on")
        #expect(draftWhileWriting.contains("exercise: write-it-out"))
        #expect(draftWhileWriting.contains("What I keep coming back to"))
        let files = journal.entryFiles()
        #expect(files == ["2026/11/2026-11-27-1405-note-write-it-out.md"])
        let text = journal.read("entries/" + (files.first ?? ""))
        #expect(text.contains("kind: note\n"))
        #expect(text.contains("exercise: write-it-out\n"))
        #expect(text.contains("intensity_before: 7\n"))
        #expect(text.contains("intensity_after: 3\n"))
        #expect(text.contains("minutes: 16\n"))
        #expect(text.contains("## Writing\nWhat I keep coming back to is the email."))
        #expect(journal.draftFiles().isEmpty)
    }

    @Test func theListShowsEachExerciseWithItsLengthAndAWaitingDraft() throws {
        let guide = try #require(GuideLibrary.builtIn.guide(named: "kinder-letter"))
        var a = ReflectionAnswers()
        a.setText("letter", 0, "Dear me")
        let draft = ReflectionMapper.entry(from: a, guide: guide, id: EntryID("2026-11-27-1405-note-kinder-letter"),
                                           created: testNow, updated: testNow, currentStep: "letter")
        let screen = ExerciseListScreen(exercises: GuideLibrary.builtIn.exercises, drafts: [draft])
        let buffer = ScreenBuffer(rows: 24, columns: 80)
        screen.render(on: buffer)
        #expect(buffer.text.contains("› Write it out · about 20 minutes"))
        #expect(buffer.text.contains("What matters to me · about 15 minutes"))
        #expect(buffer.text.contains("A kinder letter · about 10 minutes · unfinished, Enter picks it up"))
        _ = screen.handle(.key(.down))
        _ = screen.handle(.key(.down))
        let effects = screen.handle(.key(.enter))
        guard effects.count == 2, case .show(.exercise(let name, let resume)) = effects[1] else {
            Issue.record("expected pop and an exercise, got \(effects)")
            return
        }
        #expect(name == "kinder-letter")
        #expect(resume?.id == draft.id)
    }
}

/// Draws on `screen` and takes its typed keys, then asks `idle`'s script when they run out
/// (so the script can read the screen it is driving).
private final class SharedBufferTerminal: Terminal {
    let screen: ScreenBuffer
    let idle: IdleScriptedTerminal
    init(_ screen: ScreenBuffer, idle: IdleScriptedTerminal) { self.screen = screen; self.idle = idle }
    var size: Size { screen.size }
    func draw(_ text: String, row: Int, column: Int, style: Style) { screen.draw(text, row: row, column: column, style: style) }
    func clear() { screen.clear() }
    func setCursor(_ position: Position?) { screen.setCursor(position) }
    func flush() { screen.flush() }
    func suspend() { screen.suspend() }
    func resume() { screen.resume() }
    func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        screen.nextEvent(timeoutMilliseconds: timeoutMilliseconds) ?? idle.nextEvent(timeoutMilliseconds: timeoutMilliseconds)
    }
}

@Suite("Invitations on the home screen")
struct HomeInvitationTests {
    func homeText(journal: TempJournal, on date: Date, settings: Settings = .defaults) -> String {
        let terminal = ScreenBuffer(rows: 24, columns: 80)
        terminal.enqueue(.terminate)
        App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { date },
            timeZone: TimeZone(secondsFromGMT: 3600)!, settings: settings).run(.home)
        return terminal.text
    }

    @Test func theDayAfterAReflectionHomeOffersWritingItOutUnlessTurnedOff() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        var reflection = Entry(id: EntryID.make(at: testNow, kind: .reflection), kind: .reflection, created: testNow)
        reflection.company = "Acme"
        reflection.intensityAfter = 5
        _ = try journal.store.create(reflection)
        #expect(!homeText(journal: journal, on: testNow.date).contains("writing it out"), "not on the day itself")
        let tomorrow = testNow.date + 24 * 3600
        let home = homeText(journal: journal, on: tomorrow)
        #expect(home.contains("If you'd like: day 2 of 5 of writing it out"))
        var off = Settings.defaults
        off.invitations = Sourced(false, .configFile)
        #expect(!homeText(journal: journal, on: tomorrow, settings: off).contains("writing it out"))
        // Two days on with Tuesday missed: the line is simply gone.
        #expect(!homeText(journal: journal, on: tomorrow + 24 * 3600).contains("writing it out"))
        // The check-in carries the same line, for its saved page.
        let nextDay = LocalTimestamp(tomorrow, in: TimeZone(secondsFromGMT: 3600)!)
        #expect(CheckinSetup.load(store: journal.store, now: nextDay).invitation?.exercise == "write-it-out")
        #expect(CheckinSetup.load(store: journal.store, now: nextDay, settings: off).invitation == nil)
    }
}
