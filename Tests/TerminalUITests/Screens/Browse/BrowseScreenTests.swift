import Foundation
import JournalCore
import Testing
@testable import TerminalUI

@Suite("Browse screen")
struct BrowseScreenTests {
    @Test func listsEveryEntryNewestFirstWithKindAndMood() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let screen = BrowseScreen(snapshot: try journal.store.load())
        let lines = screen.rendered(rows: 24, columns: 80).lines
        let rows = lines.filter { $0.contains("2026") }
        #expect(rows.count == 9)
        // The newest file has a broken mood: it is listed first, marked unreadable.
        #expect(rows.first?.contains("Sun 6 Dec 2026") == true)
        #expect(rows.first?.contains("unreadable") == true)
        #expect(rows.dropFirst().first?.contains("Sat 5 Dec 2026") == true)
        #expect(rows.last?.contains("Wed 14 Oct 2026") == true)
        let acme = try #require(rows.first { $0.contains("Acme, Backend Engineer") })
        #expect(acme.contains("reflection"))
        #expect(acme.contains("feelings 7→5"))
        #expect(rows.contains { $0.contains("mood ") && $0.contains("/10") })
        #expect(lines.last?.contains("/ search") == true)
    }

    @Test func anOpenSearchTakesLettersAsWordsSoQDoesNotLeaveWhileTheWindowIsTooSmall() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let screen = BrowseScreen(snapshot: try journal.store.load())
        #expect(!screen.takesTypedText, "on the list q leaves, also in a window too small to draw")
        screen.press(.character("/"))
        #expect(screen.takesTypedText)
        screen.press(.character("q"))
        #expect(screen.field.text == "q")
        screen.press(.escape)
        #expect(!screen.takesTypedText)
    }

    @Test func kindFilterCyclesWithF() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let screen = BrowseScreen(snapshot: try journal.store.load())
        screen.press(.character("f"))
        #expect(screen.list.filter == .reflections)
        let text = screen.rendered().text
        #expect(text.contains("3 of 9 · reflections"))
        #expect(!text.contains("check-in  "))
        screen.press(.character("f"))
        #expect(screen.list.shown.count == 4)
        screen.press(.character("f"), .character("f"))
        #expect(screen.list.filter == .unreadable)
        #expect(screen.list.shown.count == 1)
        screen.press(.character("f"))
        #expect(screen.list.filter == .all)
        #expect(screen.list.shown.count == 9)
    }

    @Test func searchNarrowsAsThePersonTypes() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let screen = BrowseScreen(snapshot: try journal.store.load())
        let ctx = context(journal)
        run(screen.press(.character("/")), on: screen, in: ctx)
        #expect(screen.searching)
        #expect(screen.list.canSearch)
        var counts: [Int] = []
        for c in "INTERVIEW acme" {
            run(screen.press(.character(c)), on: screen, in: ctx)
            counts.append(screen.list.shown.count)
        }
        #expect(counts == counts.sorted(by: >), "the list only ever narrows while typing: \(counts)")
        #expect(screen.list.shown.count == 1)
        let text = screen.rendered().text
        #expect(text.contains("Acme, Backend Engineer"))
        #expect(text.contains("1 of 9"))
        // A word that is nowhere says so kindly; Backspace widens again.
        run(screen.type("zzz"), on: screen, in: ctx)
        #expect(screen.rendered().text.contains("Nothing matches"))
        run(screen.press(.backspace, .backspace, .backspace, .backspace), on: screen, in: ctx)
        #expect(screen.list.shown.count == 1)
        screen.press(.escape)
        #expect(screen.list.shown.count == 9)
        #expect(!screen.searching)
    }

    @Test func searchFindsAccentedWordsAndKeepsKindFilter() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let screen = BrowseScreen(snapshot: try journal.store.load())
        let ctx = context(journal)
        run(screen.press(.character("/")), on: screen, in: ctx)
        run(screen.type("DÉÇU"), on: screen, in: ctx)
        #expect(screen.list.shown.count >= 1)
        #expect(screen.rendered().text.contains("Acme"))
        // Enter opens the selected result; the search stays for when the person comes back.
        let opened = run(screen.press(.enter), on: screen, in: ctx)
        let entry = try #require(opened.first as? EntryScreen, "Enter in the search should open the selected entry")
        #expect(entry.row.relativePath.hasSuffix("reflection-acme.md"))
        #expect(!screen.searching)
        #expect(screen.list.query == "DÉÇU")
        screen.press(.character("f"), .character("f"))  // check-ins only
        #expect(screen.list.shown.allSatisfy { i in
            if case .entry(let s) = screen.list.rows[i] { return s.entry.kind == .checkin } else { return false }
        })
    }

    @Test func unreadableFilesAreListedAndExplained() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        try write("---\nkind: [oops\n---\n", to: "entries/2026/11/2026-11-29-1200-note-broken.md", in: journal)
        let screen = BrowseScreen(snapshot: try journal.store.load())
        let lines = screen.rendered().lines
        let broken = try #require(lines.firstIndex { $0.contains("unreadable") && $0.contains("2026-11-29-1200-note-broken.md") })
        // It sits among the entries by the date in its name: after the 30 Nov check-in.
        let nov30 = try #require(lines.firstIndex { $0.contains("Mon 30 Nov 2026") })
        #expect(broken > nov30)
        let index = try #require(screen.list.shown.firstIndex { screen.list.rows[$0].relativePath.hasSuffix("note-broken.md") })
        screen.press(.home)
        for _ in 0..<index { screen.press(.down) }
        #expect(screen.rendered().text.contains("Enter shows why"))
        let pushed = run(screen.press(.enter), on: screen, in: context(journal))
        let entry = try #require(pushed.first as? EntryScreen)
        let text = entry.rendered().text
        #expect(text.contains("This file could not be read"))
        #expect(text.contains("Why:"))
    }

    @Test func deleteAsksFirstThenMovesToTrash() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let screen = BrowseScreen(snapshot: try journal.store.load())
        let ctx = context(journal)
        let path = try #require(screen.selectedRow?.relativePath)
        screen.press(.character("d"))
        #expect(screen.rendered().text.contains("Move this entry to the trash?"))
        run(screen.press(.character("n")), on: screen, in: ctx)
        #expect(FileManager.default.fileExists(atPath: journal.root + "/" + path))
        #expect(screen.list.shown.count == 9)
        screen.press(.character("d"))
        run(screen.press(.character("y")), on: screen, in: ctx)
        #expect(!FileManager.default.fileExists(atPath: journal.root + "/" + path))
        let name = String(path.split(separator: "/").last!)
        #expect(FileManager.default.fileExists(atPath: journal.root + "/.onward/trash/" + name))
        #expect(screen.list.shown.count == 8)
        #expect(screen.rendered().text.contains("Moved to .onward/trash/" + name))
    }

    @Test func escGoesBackAndQQuits() throws {
        let screen = BrowseScreen(snapshot: JournalSnapshot(entries: [], problems: []))
        #expect(screen.rendered().text.contains("Nothing here yet"))
        #expect(screen.press(.escape).first?.isPop == true)
        guard case .quit? = screen.press(.character("q")).first else { Issue.record("q should quit"); return }
    }

    @Test func tenThousandEntriesScrollAndSearchQuickly() throws {
        let words = ["interview", "offer", "coffee", "walk", "design", "recruiter", "portfolio", "rest"]
        var stored: [StoredEntry] = []
        var texts: [[UInt8]] = []
        for i in 0..<10_000 {
            let day = 1 + i % 28, month = 1 + (i / 28) % 12
            stored.append(makeEntry(String(format: "2026-%02d-%02d-0900-note-n%05d", month, day, i), kind: i % 3 == 0 ? .checkin : .note,
                                    day: day, month: month, title: "Note \(i)"))
            let body = "---\nkind: note\n---\n# Note \(i)\n\n## Notes\n" + String(repeating: "Some ordinary text about the week. ", count: 50)
                + words[i % words.count] + " " + words[(i / 8) % words.count] + " number\(i)\n"
            texts.append(Array(body.utf8))
        }
        let screen = BrowseScreen(snapshot: JournalSnapshot(entries: stored, problems: []))
        _ = screen.rendered(rows: 30, columns: 100)
        let scrollStart = Date()
        for _ in 0..<2_000 { screen.press(.pageDown) }
        for _ in 0..<2_000 { screen.press(.up) }
        let buffer = ScreenBuffer(rows: 30, columns: 100)
        for _ in 0..<50 { buffer.clear(); screen.render(on: buffer) }
        let scrollTime = Date().timeIntervalSince(scrollStart)

        screen.press(.character("/"))
        _ = screen.handle(.result(.searchCorpus(SearchCorpus(documents: texts))))
        var slowest = 0.0
        for c in "recruiter walk" {
            let start = Date()
            screen.press(.character(c))
            slowest = max(slowest, Date().timeIntervalSince(start))
        }
        let matches = screen.list.shown.count
        print("browse 10k: 4000 moves + 50 renders \(Int(scrollTime * 1000)) ms; slowest search keystroke \(Int(slowest * 1000)) ms; \(matches) matches")
        #expect(matches == 312)  // i % 64 is 29 or 43
        // Generous bounds for a debug build on 2 busy cores; a release build is ~10x faster.
        #expect(scrollTime < 2.0)
        #expect(slowest < 1.0)
    }
}
