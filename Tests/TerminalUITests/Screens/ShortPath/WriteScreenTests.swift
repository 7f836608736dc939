import JournalCore
import Testing
@testable import TerminalUI

/// "Just write": the blank page, the home item and the reflection's Ctrl-S.
@Suite("A short path")
struct WriteScreenTests {
    static let sizes = [24 * 1000 + 80, 20 * 1000 + 60, 16 * 1000 + 50]

    func savedEntry(_ effects: [Effect]) -> Entry? {
        for effect in effects { if case .saveEntry(let entry, _) = effect { return entry } }
        return nil
    }

    @Test(arguments: sizes)
    func aBlankPageTakesTextAndSavesANote(packed: Int) throws {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        let screen = WriteScreen(resuming: nil, now: testNow)
        let empty = screen.rendered(rows: size.rows, columns: size.columns).text
        #expect(empty.contains("Just write"))
        #expect(empty.contains("Ctrl-S save"))
        #expect(screen.draft == nil)  // nothing typed, nothing to keep
        screen.type("Coffee with Sam")
        screen.press(.enter, .enter)
        screen.type("It went well. Café talk.")
        let text = screen.rendered(rows: size.rows, columns: size.columns).text
        #expect(text.contains("Coffee with Sam"))
        #expect(text.contains("It went well. Café talk."))
        let draft = try #require(screen.draft)
        #expect(draft.kind == .note)
        let entry = try #require(savedEntry(screen.press(.control("s"))))
        #expect(entry.kind == .note)
        #expect(entry.title == "Coffee with Sam")
        #expect(entry.preamble == "It went well. Café talk.")
        #expect(entry.id.rawValue == "2026-11-27-1405-note-coffee-with-sam")
    }

    @Test func anEmptyPageIsNotSaved() {
        let screen = WriteScreen(resuming: nil, now: testNow)
        screen.type("   ")
        #expect(savedEntry(screen.press(.control("s"))) == nil)
        #expect(screen.status?.contains("nothing to save") == true)
        #expect(screen.rendered(rows: 24, columns: 80).text.contains("nothing to save"))
    }

    @Test func escKeepsADraftAndItResumes() throws {
        let screen = WriteScreen(resuming: nil, now: testNow)
        screen.type("Half a thought")
        let effects = screen.press(.escape)
        #expect(effects.contains { if case .saveDraft = $0 { return true } else { return false } })
        let draft = try #require(screen.draft)
        let again = WriteScreen(resuming: draft, now: testNow)
        #expect(again.area.text == "Half a thought")
        #expect(again.rendered(rows: 24, columns: 80).text.contains("Welcome back"))
        #expect(again.draft?.id == draft.id)
    }

    @Test func theDraftAndTheSavedNoteGoThroughTheStore() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = WriteScreen(resuming: nil, now: testNow)
        screen.type("A page\nwith two lines")
        try journal.store.saveDraft(try #require(screen.draft))
        let found = try #require(WriteScreen.resumable(in: journal.store.drafts()))
        #expect(QuickNote.text(of: found) == "A page\n\nwith two lines")
        // A check-in draft, or an exercise's note, is not a blank page to resume.
        var exercise = try #require(QuickNote.entry(text: "x", created: testNow))
        exercise.extraFields = [RawField(key: "exercise", text: "exercise: what-matters")]
        #expect(WriteScreen.resumable(in: [exercise]) == nil)
    }

    @Test(arguments: sizes)
    func homeOffersJustWriteAndSaysWhereTheJournalIs(packed: Int) throws {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        let home = HomeScreen(summary: HomeSummary(today: testNow.day))
        _ = home.handle(.result(.journalPlace(JournalPlace(root: "/home/ada/.local/share/onward", home: "/home/ada"))))
        let text = home.rendered(rows: size.rows, columns: size.columns).text
        #expect(text.contains("Just write"))
        #expect(text.lowercased().contains("on this machine"), "\(text)")
        #expect(text.contains("~/.local/share/onward"), "\(text)")
        home.press(.down, .down, .down, .down)
        let effects = home.press(.enter)
        guard case .open(let make)? = effects.first else { Issue.record("Just write opened nothing"); return }
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let context = AppContext(store: journal.store, guide: Guide.builtIn(), now: testNow,
                                 terminal: ScreenBuffer(rows: 24, columns: 80), environment: [:])
        #expect(make(context) is WriteScreen)
    }

    @Test func aLongJournalPathKeepsItsEnd() {
        let place = JournalPlace(root: "/srv/very/long/folder/names/that/go/on/and/on/journal", home: "/home/ada")
        let line = place.line(width: 46)
        #expect(line.displayWidth <= 46)
        #expect(line.hasSuffix("on/journal"))
        #expect(JournalPlace(root: "/home/adam/j", home: "/home/ada").path == "/home/adam/j")  // not a prefix by folder
    }

    @Test func ctrlSSavesTheReflectionFromAnyStep() throws {
        let screen = ReflectionScreen(guide: Guide.builtIn(), resuming: nil, now: testNow, earlierAchievements: [])
        _ = screen.handle(.resize(Size(rows: 24, columns: 80)))
        #expect(savedEntry(screen.press(.control("s"))) == nil)  // nothing written yet
        #expect(screen.status?.contains("nothing to save") == true)
        screen.type("Acme")
        screen.press(.control("n"), .control("n"))
        screen.type("Budget freeze")
        #expect(screen.hints.contains(KeyHint("Ctrl-S", "save")))
        let entry = try #require(savedEntry(screen.press(.control("s"))))
        #expect(entry.company == "Acme")
        #expect(entry.section("Not a verdict")?.body.contains("Budget freeze") == true)
        let stored = StoredEntry(entry: entry, relativePath: "entries/2026/11/x.md", size: 0, modified: 0)
        _ = screen.handle(.result(.saved(stored)))
        #expect(screen.phase == .saved("entries/2026/11/x.md"))
    }
}
