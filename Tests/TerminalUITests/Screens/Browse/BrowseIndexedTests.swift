import Foundation
import JournalCore
import Testing
@testable import TerminalUI

/// The list comes from the derived index (no entry bodies); opening an entry reads its file.
@Suite("Browse through the index")
struct BrowseIndexedTests {
    static let acme = "entries/2026/11/2026-11-27-1405-reflection-acme.md"
    static let coffee = "entries/2026/12/2026-12-03-1800-note-coffee-with-sam.md"

    /// The list as the app opens it, at 30x100.
    func openList(_ ctx: AppContext) throws -> BrowseScreen {
        let screen = try #require(BrowseScreen.open(ctx) as? BrowseScreen)
        _ = screen.rendered(rows: 30, columns: 100)
        return screen
    }

    /// Moves the selection to the row of `path`.
    func select(_ path: String, in screen: BrowseScreen) throws {
        let index = try #require(screen.list.shown.firstIndex { screen.list.rows[$0].relativePath == path })
        screen.press(.home)
        for _ in 0..<index { screen.press(.down) }
        #expect(screen.selectedRow?.relativePath == path)
    }

    func entry(_ path: String, in screen: BrowseScreen) -> Entry? {
        for row in screen.list.rows where row.relativePath == path {
            if case .entry(let stored) = row { return stored.entry }
        }
        return nil
    }

    @Test func theListHoldsTheIndexProjectionAndTheEntryScreenTheWholeFile() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let ctx = context(journal)
        let screen = try openList(ctx)
        #expect(FileManager.default.fileExists(atPath: journal.root + "/.onward/index"))
        #expect(screen.list.rows.count == 9)
        let listed = try #require(entry(Self.acme, in: screen))
        #expect(listed.sections.map(\.heading) == ["Achievements", "Lessons"])
        #expect(screen.rendered().text.contains("Acme, Backend Engineer"))

        try select(Self.acme, in: screen)
        let opened = run(screen.press(.enter), on: screen, in: ctx)
        let entryScreen = try #require(opened.first as? EntryScreen)
        let text = entryScreen.rendered().text
        // Sections the index leaves out are read from the file when the entry opens.
        #expect(text.contains("Un peu déçu"))
        #expect(text.contains("internal candidate"))
        #expect(entryScreen.notice == nil)
    }

    @Test func anEntryThatBrokeAfterTheListWasReadIsExplained() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let ctx = context(journal)
        let screen = try openList(ctx)
        try write("---\nkind: [oops\n---\n", to: Self.acme, in: journal)
        try select(Self.acme, in: screen)
        let entryScreen = try #require(run(screen.press(.enter), on: screen, in: ctx).first as? EntryScreen)
        let text = entryScreen.rendered().text
        #expect(text.contains("changed since the list was read and can no longer be read"))
        #expect(text.contains("This file could not be read"))
        #expect(text.contains("Why:"))
        // The list behind follows: the row is now an unreadable file, and says so.
        guard case .unreadable? = screen.selectedRow else { Issue.record("the row should be unreadable now"); return }
        let line = try #require(screen.rendered().lines.first { $0.contains("2026-11-27-1405-reflection-acme.md") })
        #expect(line.contains("unreadable"))
        #expect(journal.read(Self.acme) == "---\nkind: [oops\n---\n")
    }

    @Test func anEntryEditedByHandAfterTheListWasReadShowsTheNewVersionInBoth() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let ctx = context(journal)
        let screen = try openList(ctx)
        try write(journal.read(Self.coffee).replacingOccurrences(of: "# Coffee with Sam", with: "# Coffee with Sam and Leonora"),
                  to: Self.coffee, in: journal)
        try select(Self.coffee, in: screen)
        let entryScreen = try #require(run(screen.press(.enter), on: screen, in: ctx).first as? EntryScreen)
        #expect(entryScreen.rendered().text.contains("Coffee with Sam and Leonora"))
        #expect(entryScreen.rendered().text.contains("refer me in January"))
        #expect(entry(Self.coffee, in: screen)?.title == "Coffee with Sam and Leonora")
        // The list keeps the projection, not the body it was handed.
        #expect(entry(Self.coffee, in: screen)?.preamble == "")
        #expect(screen.rendered().text.contains("Coffee with Sam and Leonora"))
    }

    @Test func deletingFromTheListKeepsTheIndexRight() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let ctx = context(journal)
        let screen = try openList(ctx)
        try select(Self.acme, in: screen)
        screen.press(.character("d"))
        run(screen.press(.character("y")), on: screen, in: ctx)
        #expect(screen.list.rows.count == 8)
        #expect(!screen.list.rows.contains { $0.relativePath == Self.acme })
        // The stored index, before any refresh, no longer has the entry.
        let records = try JournalIndex(store: journal.store).records().get()
        #expect(!records.contains { $0.relativePath == Self.acme })
        #expect(records.count == 7)  // the fixture's file with a broken mood is never indexed
        #expect(try openList(ctx).list.rows.map(\.relativePath) == screen.list.rows.map(\.relativePath))
    }

    @Test func editingFromTheEntryScreenKeepsTheIndexAndTheListRight() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let script = journal.root + "-editor.sh"
        try "#!/bin/sh\nsed -i 's/^# Coffee with Sam$/# Coffee with Sam and Leonora/' \"$1\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: script) }
        // Run by `sh`, not executed: a script just written cannot be run while another test's
        // forked child still holds it open (ETXTBSY).
        let ctx = context(journal, environment: ["EDITOR": "sh '\(script)'"])
        let screen = try openList(ctx)
        try select(Self.coffee, in: screen)
        let entryScreen = try #require(run(screen.press(.enter), on: screen, in: ctx).first as? EntryScreen)
        run(entryScreen.press(.character("e")), on: entryScreen, in: ctx)
        #expect(entryScreen.notice?.contains("Saved by your editor") == true)
        #expect(entryScreen.rendered().text.contains("refer me in January"))
        // The editor wrote the file, not the store: the index record is brought up to date anyway.
        let records = try JournalIndex(store: journal.store).records().get()
        #expect(records.first { $0.relativePath == Self.coffee }?.entry.title == "Coffee with Sam and Leonora")
        #expect(entry(Self.coffee, in: screen)?.title == "Coffee with Sam and Leonora")
        #expect(screen.rendered().text.contains("Coffee with Sam and Leonora"))
        // The search sees the edited text too.
        run(screen.press(.character("/")), on: screen, in: ctx)
        run(screen.type("leonora"), on: screen, in: ctx)
        #expect(screen.list.shown.map { screen.list.rows[$0].relativePath } == [Self.coffee])
    }
}
