import Foundation
import JournalCore
import Testing
@testable import TerminalUI

/// Every screen's keys come from its `KeyTable`: the footer and the `?` help are drawn from it,
/// no key is bound twice, and a key the table does not list does nothing.
@Suite("Screen key tables")
struct ScreenKeysTests {
    // MARK: Sample screens, each made fresh per use

    static func draft() -> Entry {
        var e = Entry(id: EntryID("2026-11-27-1401-reflection"), kind: .reflection, created: testNow)
        e.status = .draft
        e.company = "Acme"
        return e
    }

    static func application() -> StoredEntry {
        let e = ApplicationChange.new(company: "Globex", role: "Platform Engineer", applied: testNow.day.adding(days: -3), at: testNow)
        return StoredEntry(entry: e, relativePath: "entries/2026/11/\(e.id.rawValue).md", size: 0, modified: 0)
    }

    static func browse() -> BrowseScreen {
        BrowseScreen(snapshot: JournalSnapshot(entries: [makeEntry("2026-11-20-0900-note", kind: .note, day: 20, title: "A note"),
                                                         makeEntry("2026-11-19-0900-checkin", kind: .checkin, day: 19)], problems: []))
    }

    static func entry() -> EntryScreen { EntryScreen(row: .entry(makeEntry("2026-11-20-0900-note", kind: .note, day: 20, title: "A note"))) }
    static func home(draft: Bool) -> HomeScreen { HomeScreen(summary: HomeSummary(today: testNow.day, draft: draft ? Self.draft() : nil)) }
    static func insights() -> InsightsScreen { InsightsScreen(entries: [], today: testNow.day) }
    static func applications() -> ApplicationsScreen { ApplicationsScreen(entries: [application()], today: testNow.day, quietAfterDays: 14) }
    static func exercises() -> ExerciseListScreen { ExerciseListScreen(exercises: GuideLibrary.builtIn.exercises, drafts: []) }
    static func draftChoice() -> DraftChoiceScreen { DraftChoiceScreen(drafts: [draft()]) }
    static func write() -> WriteScreen { WriteScreen(resuming: nil, now: testNow) }

    /// Keys a person might press: every named key, letters, digits, some punctuation, Ctrl and F keys.
    static let probeKeys: [Key] = {
        var keys: [Key] = [.enter, .tab, .backTab, .escape, .backspace, .delete, .up, .down, .left, .right, .home, .end,
                           .pageUp, .pageDown, .wordLeft, .wordRight, .altBackspace, .alt("b")]
        keys += "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 /?-.,é😀".map { .character($0) }
        keys += "abdefgknsuwxz".map { .control($0) }
        keys += (1...12).map { .function($0) }
        return keys
    }()

    // MARK: Checks shared by every screen

    /// The footer is the table's footer, the help lists every binding with all its keys, no key is bound twice.
    func expectDrawnFromTable<S: KeyedScreen>(_ make: () -> S, rows: Int = 24, columns: Int = 80, prepare: (S) -> Void = { _ in },
                                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = make()
        prepare(screen)
        let keys = screen.keys
        #expect(keys.repeatedKeys.isEmpty, "bound twice: \(keys.repeatedKeys)", sourceLocation: sourceLocation)
        let footer = screen.rendered(rows: rows, columns: columns).line(rows - 1)
        #expect(trimmed(footer) == " " + keys.footer.text(width: columns - 1), sourceLocation: sourceLocation)
        let helpBinding = try #require(keys.bindings.first { $0.does == "keys" }, sourceLocation: sourceLocation)
        let helpKey = try #require(helpBinding.triggers.first { $0.action != nil }?.key, sourceLocation: sourceLocation)
        screen.press(helpKey)
        let help = screen.rendered(rows: rows, columns: columns).lines
        for hint in keys.helpHints {
            #expect(help.contains { $0.contains(hint.key) && $0.contains(hint.action) },
                    "the help misses \(hint.key) \(hint.action)", sourceLocation: sourceLocation)
        }
        // Any key closes the help again.
        screen.press(.character("z"))
        #expect(trimmed(screen.rendered(rows: rows, columns: columns).line(rows - 1)) == " " + keys.footer.text(width: columns - 1),
                sourceLocation: sourceLocation)
    }

    /// A key the table does not name changes nothing on screen and asks for nothing.
    func expectUnlistedKeysIgnored<S: KeyedScreen>(_ make: () -> S, sourceLocation: SourceLocation = #_sourceLocation) {
        for key in Self.probeKeys where !make().keys.binds(key) {
            let screen = make()
            let before = screen.rendered(rows: 24, columns: 80).text
            let effects = screen.press(key)
            let after = screen.rendered(rows: 24, columns: 80).text
            #expect(effects.isEmpty && before == after, "\(key) does something the keys do not list", sourceLocation: sourceLocation)
        }
    }

    func trimmed(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }

    @Test func everyScreensFooterAndHelpComeFromItsTable() throws {
        try expectDrawnFromTable(Self.entry)
        try expectDrawnFromTable(Self.browse)
        try expectDrawnFromTable({ Self.home(draft: false) })
        try expectDrawnFromTable({ Self.home(draft: true) })
        try expectDrawnFromTable(Self.insights)
        try expectDrawnFromTable(Self.insights, prepare: { $0.press(.character("3")) })
        try expectDrawnFromTable(Self.applications)
        try expectDrawnFromTable(Self.exercises)
        try expectDrawnFromTable(Self.draftChoice)
        try expectDrawnFromTable(Self.write)
        // At the smallest size the footer still is the table's, fitted.
        try expectDrawnFromTable(Self.entry, rows: 16, columns: 50)
        try expectDrawnFromTable(Self.browse, rows: 16, columns: 50)
    }

    @Test func screensIgnoreKeysTheirTablesDoNotList() {
        expectUnlistedKeysIgnored(Self.entry)
        expectUnlistedKeysIgnored(Self.browse)
        expectUnlistedKeysIgnored { Self.home(draft: false) }
        expectUnlistedKeysIgnored { Self.home(draft: true) }
        expectUnlistedKeysIgnored(Self.insights)
        expectUnlistedKeysIgnored(Self.applications)
        expectUnlistedKeysIgnored(Self.exercises)
        expectUnlistedKeysIgnored(Self.draftChoice)
    }

    @Test func tablesInOtherStatesBindNoKeyTwice() {
        let browse = Self.browse()
        browse.press(.character("/"))
        let applications = Self.applications()
        applications.press(.character("a"))
        let saidNo = Self.applications()
        saidNo.press(.character("x"))
        let saved = Self.write()
        _ = saved.handle(.result(.saved(makeEntry("2026-11-27-1405-note", kind: .note, day: 27))))
        for repeated in [browse.keys.repeatedKeys, applications.keys.repeatedKeys, saidNo.keys.repeatedKeys, saved.keys.repeatedKeys,
                         LeaveConfirmation(hasDraft: true).keys.repeatedKeys] {
            #expect(repeated.isEmpty)
        }
    }

    // MARK: Each screen: a key or two does what its help says

    @Test func entryViewPagesWithTheKeysItsHelpNowNames() throws {
        let screen = Self.entry()
        let help = screen.keys.helpHints
        #expect(help.contains(KeyHint("PgUp b PgDn Space", "page", priority: 3)))
        #expect(help.contains(KeyHint("Esc ← h", "back")))
        #expect(screen.press(.character("h")).first?.isPop == true)
        screen.press(.character("d"))
        #expect(screen.confirm != nil)
    }

    @Test func browseFilterAndSearchKeysChangeTheFooterTheyDrive() {
        let screen = Self.browse()
        let before = screen.keys.footer.text(width: 200)
        screen.press(.character("f"))
        #expect(screen.keys.footer.text(width: 200) != before)
        #expect(screen.keys.footerHints.contains { $0.key == "f" && $0.action == "kind: " + screen.list.filter.label })
        screen.press(.character("f"), .character("f"), .character("f"), .character("f"))
        screen.press(.character("/"))
        #expect(screen.searching)
        #expect(screen.keys.footer.text(width: 200).hasPrefix("type to narrow"))
        // Typing goes to the search words, even letters the list binds.
        screen.type("fq")
        #expect(screen.field.text == "fq")
        screen.press(.tab)
        #expect(!screen.searching)
        #expect(screen.keys.helpHints.contains(KeyHint("Esc ← h", "clear the search")))
        #expect(screen.press(.escape).isEmpty)
        #expect(screen.list.query.isEmpty)
        #expect(screen.press(.escape).first?.isPop == true)
    }

    @Test func homeMovesAndOffersDraftKeysOnlyWithADraft() {
        let plain = Self.home(draft: false)
        #expect(!plain.keys.binds(.character("r")))
        plain.press(.character("j"))
        #expect(plain.selection == 1)
        plain.press(.backTab)
        #expect(plain.selection == 0)
        let waiting = Self.home(draft: true)
        #expect(waiting.keys.footerHints.contains(KeyHint("r", "resume")))
        waiting.press(.character("x"))
        #expect(waiting.confirmingDiscard)
    }

    @Test func insightsJumpsToAPartAndToTheLastLine() {
        let screen = Self.insights()
        screen.press(.character("4"))
        #expect(screen.tab == .wins)
        #expect(screen.keys.binds(.enter))
        screen.press(.character("3"))
        #expect(screen.tab == .trends)
        #expect(!screen.keys.binds(.enter))
        #expect(screen.keys.footerHints.contains(KeyHint("↑↓", "scroll")))
        screen.press(.character("G"))
        #expect(screen.viewport(.trends).selection == screen.viewport(.trends).count - 1)
    }

    @Test func applicationsPromptHasItsOwnKeys() {
        let screen = Self.applications()
        screen.press(.character("a"))
        #expect(screen.keys.footer.text(width: 200) == "Enter save · Esc cancel · F1 keys", "F1 shows the keys in a prompt too")
        screen.type("q?")
        #expect(screen.prompt?.field.text == "q?")
        screen.press(.escape)
        #expect(screen.prompt == nil)
        screen.press(.character("x"))
        #expect(screen.keys.footer.text(width: 200) == "y yes · any other key no")
        screen.press(.character("n"))
        #expect(screen.prompt == nil)
        #expect(screen.notice == "Kept open.")
    }

    @Test func exercisesNameStartAfreshInTheFooterOnlyWithADraft() throws {
        let screen = Self.exercises()
        #expect(!screen.keys.footerHints.contains { $0.key == "n" })
        #expect(screen.keys.helpHints.contains(KeyHint("n", "start afresh")))
        let effects = screen.press(.character("n"))
        #expect(effects.first?.isPop == true)
        guard case .show(.exercise(let name, let resume))? = effects.last else { Issue.record("no exercise started"); return }
        #expect(name == GuideLibrary.builtIn.exercises.first?.name)
        #expect(resume == nil)
    }

    @Test func draftChoiceEndGoesToANewReflection() {
        let screen = Self.draftChoice()
        screen.press(.end)
        #expect(screen.selection == 1)
        screen.press(.home)
        #expect(screen.selection == 0)
        guard case .show(.newReflection(nil))? = screen.press(.character("n")).last else { Issue.record("n did not start a new one"); return }
    }

    @Test func writingTypesTheKeysOtherScreensBind() {
        let screen = Self.write()
        screen.type("q?j")
        #expect(screen.area.text == "q?j")
        screen.press(.function(1))
        let help = screen.rendered(rows: 24, columns: 80).text
        #expect(help.contains("Ctrl-C"))
        #expect(help.contains("leave (the text is kept)"))
    }

    @Test func theTrashQuestionDrawsItsAnswersFromItsTable() {
        let prompt = ConfirmPrompt(question: "Move this entry to the trash?", detail: "It can be found again.")
        let buffer = render(rows: 24, columns: 80) { prompt.render(on: $0) }
        #expect(buffer.text.contains("y yes · n no"))
        #expect(ConfirmPrompt.answer(.character("Y")) == true)
        #expect(ConfirmPrompt.answer(.escape) == false)
        // A stray key is neither answer: the question stays.
        #expect(ConfirmPrompt.answer(.character("d")) == nil)
        #expect(ConfirmPrompt.keys.repeatedKeys.isEmpty)
    }

    @Test func leaveConfirmationDrawsItsAnswersFromItsTable() {
        let screen = LeaveConfirmation(hasDraft: true)
        #expect(screen.rendered(rows: 24, columns: 80).text.contains("y leave · n stay"))
        guard case .quit? = screen.press(.character("y")).first else { Issue.record("y did not leave"); return }
        #expect(screen.press(.character("n")).first?.isPop == true)
        #expect(screen.press(.character("p")).first?.isPop == true)
    }
}

@Suite("Help overlay on a small terminal")
struct SmallHelpTests {
    @Test func helpAtTheSmallestSizeShowsEachKeyOrSaysHowManyDidNotFit() throws {
        let screens: [(Screen, [KeyHint])] = [
            { let s = ScreenKeysTests.entry(); return (s, s.keys.helpHints) }(),
            { let s = ScreenKeysTests.insights(); return (s, s.keys.helpHints) }(),
            { let s = ScreenKeysTests.write(); return (s, s.keys.helpHints) }(),
        ]
        for (screen, hints) in screens {
            screen.press(.function(1))
            let buffer = screen.rendered(rows: 16, columns: 50)
            let text = buffer.text
            let missing = hints.filter { !text.contains($0.action) }
            if missing.isEmpty { continue }
            #expect(text.contains("… \(missing.count) more in a taller window"))
        }
    }

    @Test func aListTallerThanTheWindowSaysHowManyKeysAreHidden() {
        let hints = (1...20).map { KeyHint("k\($0)", "does \($0)") }
        let buffer = render(rows: 16, columns: 50) { HelpOverlay(title: "Keys", hints: hints).render(on: $0) }
        // 14 rows of box: a blank row, 9 keys, the note, a blank row, the closing line.
        #expect(buffer.text.contains("does 9"))
        #expect(!buffer.text.contains("does 10"))
        #expect(buffer.text.contains("… 11 more in a taller window"))
    }
}
