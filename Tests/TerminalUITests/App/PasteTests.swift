import Foundation
import Testing
import JournalCore
@testable import TerminalUI

/// Pasted text is told from typed keys and handed to the screen as text: it never runs as
/// commands, and the whole of it lands in the answer being written.
@Suite("Pastes")
struct PasteTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func keys(_ text: String) -> [InputEvent] {
        text.map { .key($0 == "\n" ? .enter : .character($0)) }
    }

    @Test func theDecoderReportsBracketedPasteMarks() {
        var bytes = Array("\u{1B}[200~a\u{1B}[201~".utf8)[...]
        var decoder = KeyDecoder(followUpMilliseconds: 0)
        var events: [InputEvent] = []
        while !bytes.isEmpty {
            if case .event(let e) = decoder.next(timeout: 0, read: { _ in bytes.isEmpty ? nil : .byte(bytes.removeFirst()) }) { events.append(e) }
        }
        #expect(events == [.pasteBegan, .key(.character("a")), .pasteEnded])
    }

    @Test func keysBetweenTheMarksAreOnePasteEvenAcrossTurns() {
        var reader = PasteReader()
        let first = reader.split([.key(.character("j")), .pasteBegan] + keys("x\ny"), at: now)
        #expect(first == [.event(.key(.character("j"))), .paste([.character("x"), .enter, .character("y")], marked: true)])
        #expect(reader.inBrackets)
        // The rest of a long paste comes in the next turn, one key at a time even.
        let second = reader.split([.key(.character("q")), .pasteEnded, .key(.character("k"))], at: now.addingTimeInterval(0.01))
        #expect(second == [.paste([.character("q")], marked: true), .event(.key(.character("k")))])
        #expect(!reader.inBrackets)
    }

    @Test func aLostEndMarkDoesNotSwallowLaterTyping() {
        var reader = PasteReader()
        _ = reader.split([.pasteBegan, .key(.character("a"))], at: now)
        let later = reader.split([.key(.character("x"))], at: now.addingTimeInterval(5))
        #expect(later == [.event(.key(.character("x")))])
    }

    @Test func withoutMarksSeveralTextKeysAtOnceAreAPaste() {
        var reader = PasteReader()
        #expect(reader.split(keys("ok\nxy"), at: now) == [.paste([.character("o"), .character("k"), .enter, .character("x"), .character("y")], marked: false)])
        // Typing by hand gives one key a turn; a key held down repeats itself; arrows are never text.
        var typed = PasteReader()
        #expect(typed.split([.key(.character("x"))], at: now) == [.event(.key(.character("x")))])
        #expect(typed.split(keys("jjjj"), at: now.addingTimeInterval(1)).count == 4)
        #expect(typed.split([.key(.down), .key(.down), .key(.enter)], at: now.addingTimeInterval(2)).count == 3)
    }

    @Test func anEnterPressedRightAfterAPasteIsTyped() {
        var reader = PasteReader()
        _ = reader.split(keys("hello there"), at: now)
        #expect(reader.split([.key(.enter)], at: now.addingTimeInterval(0.01)) == [.event(.key(.enter))])
        // The rest of a paste cut short by the loop's limit is still the paste.
        _ = reader.split(keys("hello there"), at: now.addingTimeInterval(1), cut: true)
        #expect(reader.split([.key(.enter)], at: now.addingTimeInterval(1.01)) == [.paste([.enter], marked: false)])
    }

    @Test func aStopRequestInsideAPasteIsNeverHeldBack() {
        var reader = PasteReader()
        let pieces = reader.split([.pasteBegan, .key(.character("a")), .terminate, .key(.character("b"))], at: now)
        #expect(pieces == [.paste([.character("a")], marked: true), .event(.terminate), .paste([.character("b")], marked: true)])
    }

    @Test func pastedTextKeepsLineBreaksAndDropsKeysThatAreNotText() {
        #expect(PasteReader.text(of: [.character("a"), .enter, .tab, .up, .character("b")]) == "a\n\tb")
        #expect(PastedText.oneLine("  one\n\ntwo\tthree \n") == "one two three")
        #expect(PastedText.marked("one\ntwo ⏎\n\n", mark: "⏎") == "one⏎two  ")
    }

    // MARK: The Applications screen

    func screen(_ journal: TempJournal) throws -> (ApplicationsScreen, AppContext) {
        let ctx = AppContext(store: journal.store, guide: Guide.builtIn(), now: testNow, terminal: ScreenBuffer(rows: 24, columns: 80), environment: [:])
        try ApplicationWriter(store: journal.store).add(ApplicationChange.new(company: "Initrode", role: "Dev", applied: testNow.day, at: testNow))
        return (ApplicationsScreen.open(ctx) as! ApplicationsScreen, ctx)
    }

    func perform(_ effects: [Effect], on screen: ApplicationsScreen, _ ctx: AppContext) {
        for case .perform(let work) in effects { if let result = work(ctx) { perform(screen.handle(.result(result)), on: screen, ctx) } }
    }

    func applicationText(_ journal: TempJournal) throws -> String {
        let path = try #require(journal.entryFiles().first { $0.contains("-application-") })
        return try String(contentsOfFile: journal.root + "/entries/" + path, encoding: .utf8)
    }

    @Test func feedbackTakesTheWholePasteWithItsLines() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let (screen, ctx) = try screen(journal)
        _ = screen.press(.character("f"))
        _ = screen.type("They said: ")
        #expect(screen.paste("thanks.\nx y e\nGood luck!\n")?.isEmpty == true)
        #expect(screen.prompt?.purpose == .feedback)
        #expect(screen.rendered(rows: 24, columns: 80).text.contains("They said: thanks.⏎x y e⏎Good luck!"))
        perform(screen.press(.enter), on: screen, ctx)
        let file = try applicationText(journal)
        #expect(file.contains("They said: thanks.\nx y e\nGood luck!"), "\(file)")
        #expect(file.contains("outcome: open"))
    }

    @Test func aOneLineAnswerJoinsThePastedLines() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let (screen, ctx) = try screen(journal)
        _ = screen.press(.character("a"))
        _ = screen.paste("Umbrella\nCorp\n")
        perform(screen.press(.enter), on: screen, ctx)
        #expect(screen.prompt?.purpose == .role(company: "Umbrella Corp"))
    }

    @Test func aPasteWithNoAnswerOpenRunsNothingAndSaysSo() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let (screen, _) = try screen(journal)
        #expect(screen.paste("x\ny")?.isEmpty == true)
        #expect(screen.prompt == nil)
        #expect(screen.rendered(rows: 24, columns: 80).text.contains("nothing was done"))
        // On the y/n question a paste answers nothing: the question stays.
        _ = screen.press(.character("x"))
        _ = screen.paste("yes")
        #expect(screen.prompt?.purpose == .saidNo)
    }

    @Test func aOneLineAnswerSaysWhenAPasteDidNotFit() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let (screen, _) = try screen(journal)
        _ = screen.press(.character("e"))
        _ = screen.paste(String(repeating: "word ", count: 1000))
        #expect(screen.prompt?.field.text.count == 2000)
        #expect(screen.rendered(rows: 24, columns: 80).text.contains("Only the first 2000 characters fit"))
        // Feedback has no limit: a long letter is kept whole.
        _ = screen.press(.escape, .character("f"))
        _ = screen.paste(String(repeating: "word ", count: 20_000))
        #expect(screen.prompt?.answer.count == 99_999)
    }

    @Test func theLoopHandsABracketedPasteToTheScreenWhole() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try ApplicationWriter(store: journal.store).add(ApplicationChange.new(company: "Initrode", role: "Dev", applied: testNow.day, at: testNow))
        let terminal = ScreenBuffer(rows: 24, columns: 80)
        terminal.enqueue(keys: [.character("f")])
        terminal.enqueue(.pasteBegan)
        terminal.type("fine\nxy")
        terminal.enqueue(.pasteEnded)
        terminal.enqueue(keys: [.enter, .escape, .character("q")])
        let app = App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date })
        app.run(.screen(ApplicationsScreen.open))
        let file = try applicationText(journal)
        #expect(file.contains("fine\nxy"), "\(file)")
        #expect(file.contains("outcome: open"))
    }

    @Test func theSearchLineTakesAPasteAsWordsAndTheListRunsNoCommand() {
        let screen = BrowseScreen(snapshot: JournalSnapshot(entries: [], problems: []))
        #expect(screen.paste("q\nd")?.isEmpty == true)
        #expect(!screen.searching)
        #expect(screen.rendered(rows: 24, columns: 80).text.contains("press / first"))
        _ = screen.press(.character("/"))
        _ = screen.paste("kind\nwords\n")
        #expect(screen.searching && screen.field.text == "kind words")
        #expect(screen.list.query == "kind words")
    }

    @Test func slashAndWordsTypedInOneBurstOpenTheSearchWithTheWords() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        /// Runs browse over one burst of typed keys (no paste marks), then stops once idle.
        func browse(typing text: String) throws -> (BrowseScreen, String) {
            var opened: BrowseScreen?
            // The first quiet moment ends the burst; the next one stops the program.
            var idle = 0
            let terminal = IdleScriptedTerminal(rows: 24, columns: 80) { idle += 1; return idle == 1 ? nil : .terminate }
            terminal.buffer.type(text)
            App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date })
                .run(.screen { ctx in let screen = BrowseScreen.open(ctx); opened = screen as? BrowseScreen; return screen })
            return (try #require(opened), terminal.buffer.text)
        }
        // As fast typing on a loaded machine arrives: the "/" opens the search, the words go in.
        let (searched, shown) = try browse(typing: "/coffee")
        #expect(searched.searching)
        #expect(searched.field.text == "coffee")
        #expect(!shown.contains("press / first"))
        #expect(shown.contains("1 of 9") && shown.contains("Coffee with Sam") && !shown.contains("Acme"), "\(shown)")
        // Without the "/" the burst is still a paste the list refuses: no letter runs a command.
        let (list, refused) = try browse(typing: "dyq")
        #expect(list.confirm == nil, "no delete was asked")
        #expect(refused.contains("press / first"))
    }

    @Test func aQuestionKeyAndItsAnswerTypedInOneBurstOpenTheQuestionWithTheAnswer() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try ApplicationWriter(store: journal.store).add(ApplicationChange.new(company: "Initrode", role: "Dev", applied: testNow.day, at: testNow))
        var opened: ApplicationsScreen?
        var idle = 0
        let terminal = IdleScriptedTerminal(rows: 24, columns: 80) { idle += 1; return idle == 1 ? nil : .terminate }
        terminal.buffer.type("nCalled Priya")
        App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date })
            .run(.screen { ctx in let screen = ApplicationsScreen.open(ctx); opened = screen as? ApplicationsScreen; return screen })
        let screen = try #require(opened)
        #expect(screen.prompt?.field.text == "Called Priya", "\(terminal.buffer.text)")
        // Nothing is written before the answer is sent with Enter.
        #expect(!(try applicationText(journal)).contains("Called Priya"))
    }

    @Test func menusAndQuestionsTakeNoPastedKeys() {
        let home = HomeScreen(summary: HomeSummary(today: testNow.day))
        #expect(home.paste("jjq\n")?.isEmpty == true)
        #expect(home.selection == 0)
        #expect(home.rendered(rows: 24, columns: 80).text.contains("nothing was done"))
        #expect(LeaveConfirmation(hasDraft: true).paste("y")?.isEmpty == true)
    }

    @Test func screensThatTakeNoTextRunNoneOfAPaste() {
        // A pasted "q" or Tab would otherwise leave or move: each list screen takes the paste and does nothing.
        let screens: [Screen] = [InsightsScreen(entries: [], today: LocalDay(year: 2026, month: 12, day: 1)),
                                 ExerciseListScreen(exercises: [], drafts: []), LeaveConfirmation(hasDraft: false)]
        for screen in screens {
            #expect(screen.paste("q\tx\n")?.isEmpty == true, "\(type(of: screen))")
        }
    }

    @Test func aPasteIntoAOneLineFieldOfTheCheckinStaysThere() {
        let screen = CheckinScreen(setup: CheckinSetup(day: testNow.day, started: testNow))
        var tabs = 0
        while screen.form.focusedID != .win, tabs < 30 { _ = screen.handle(.key(.tab)); tabs += 1 }
        #expect(screen.form.focusedID == .win)
        #expect(screen.paste("walked the dog\ncalled Sam\nslept well\n")?.isEmpty == true)
        #expect(screen.values.win == "walked the dog called Sam slept well")
        #expect(screen.values.note == nil, "nothing spilled into the note")
        #expect(screen.form.focusedID == .win)
    }

    @Test func aPasteOnAScaleOrAListOfTheCheckinChangesNothingAndSaysSo() {
        let screen = CheckinScreen(setup: CheckinSetup(day: testNow.day, started: testNow))
        #expect(screen.form.focusedID == .mood)
        let before = screen.values
        // Typed key by key, "7" would set the mood and the line break move the focus on.
        #expect(screen.paste("7\n3\n") != nil)
        #expect(screen.values == before)
        #expect(screen.form.focusedID == .mood)
        var tabs = 0
        while screen.form.focusedID != .selfCare, tabs < 30 { _ = screen.handle(.key(.tab)); tabs += 1 }
        #expect(screen.form.focusedID == .selfCare)
        #expect(screen.paste(" x \n") != nil)
        #expect(screen.values == before, "no item was ticked")
        #expect(screen.form.focusedID == .selfCare)
        let text = screen.rendered(rows: 24, columns: 80).flatText
        #expect(text.contains("A paste goes into a text box only, so nothing was changed here."), "\(text)")
    }

    @Test func aPasteOnTheStrengthScaleOfTheReflectionChangesNothingAndSaysSo() {
        let screen = ReflectionScreen(guide: Guide.builtIn(), resuming: nil, now: testNow, earlierAchievements: [])
        _ = screen.handle(.resize(Size(rows: 24, columns: 80)))
        screen.press(.control("n"), .tab)
        #expect(screen.hints.contains(KeyHint("←→", "set")), "the strength scale has the focus")
        let before = screen.answers
        #expect(screen.paste("9\n\nI feel awful\n") != nil)
        #expect(screen.answers == before)
        #expect(screen.answers.intensityBefore == nil)
        #expect(screen.hints.contains(KeyHint("←→", "set")), "the focus stayed on the scale")
        #expect(screen.rendered(rows: 24, columns: 80).flatText.contains("nothing was changed here"))
        // Typing still works after it.
        screen.press(.character("4"))
        #expect(screen.answers.intensityBefore == 4)
    }

    @Test func aPasteIntoTheReflectionKeepsLinesOnlyWhereTheFieldHasThem() {
        let screen = ReflectionScreen(guide: Guide.builtIn(), resuming: nil, now: testNow, earlierAchievements: [])
        _ = screen.handle(.resize(Size(rows: 24, columns: 80)))
        #expect(screen.paste("Acme\nCorp\n")?.isEmpty == true)
        #expect(screen.draft?.company == "Acme Corp")
        #expect(screen.draft?.role == nil, "the second line did not move on into the role")
    }

    @Test func theWritePageTakesAPasteWholeWithItsLines() {
        let screen = WriteScreen(resuming: nil, now: testNow)
        _ = screen.handle(.resize(Size(rows: 24, columns: 80)))
        #expect(screen.paste("first line\nsecond ? q line\n")?.isEmpty == true)
        #expect(screen.area.text == "first line\nsecond ? q line\n")
    }

    @Test func fastTypingIntoAWritingScreenIsTypedNotTakenForAPaste() {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let terminal = ScreenBuffer(rows: 30, columns: 100)
        // One burst with no marks, as fast typing on a loaded machine arrives: the Tab still moves on.
        terminal.type("Acme")
        terminal.enqueue(keys: [.tab])
        terminal.type("Backend")
        terminal.enqueue(.terminate)
        App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date }).run(.reflection)
        let draft = journal.store.drafts().first
        #expect(draft?.company == "Acme")
        #expect(draft?.role == "Backend")
    }

    @Test func aMarkedPasteIntoTheReflectionGoesWholeIntoItsField() {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let terminal = ScreenBuffer(rows: 30, columns: 100)
        terminal.enqueue(.pasteBegan)
        terminal.type("Acme\nCorp\n")
        terminal.enqueue(.pasteEnded)
        terminal.enqueue(.terminate)
        App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date }).run(.reflection)
        let draft = journal.store.drafts().first
        #expect(draft?.company == "Acme Corp")
        #expect(draft?.role == nil)
    }
}
