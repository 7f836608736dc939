import Foundation
import JournalCore
import Testing
@testable import TerminalUI

@Suite("Entry screen")
struct EntryScreenTests {
    static let tricky = """
    ---
    kind: note
    created: 2026-11-20T08:00:00+01:00
    tags: [notes]
    ---
    # 面接のメモ 😞

    ## Notes
    The recruiter wrote \u{1B}[31mIN RED\u{1B}[0m and a bell\u{07} here.
    日本語の長い行がここで折り返されるかどうかを確かめるための、とても長い文です。全角文字は二列を使います。
    - a bullet that is long enough to wrap onto a second line at this narrow width, indented under its marker
    - 短い項目

    ## Next
    \(String(repeating: "More lines to scroll through.\n", count: 40))
    """

    func trickyScreen(_ journal: TempJournal) throws -> EntryScreen {
        try write(Self.tricky, to: "entries/2026/11/2026-11-20-0800-note.md", in: journal)
        let snapshot = try journal.store.load()
        return EntryScreen(row: .entry(try #require(snapshot.entries.first)))
    }

    @Test func showsHeaderHeadingsBulletsAndEscapesControlCharacters() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = try trickyScreen(journal)
        let buffer = screen.rendered(rows: 30, columns: 60)
        let text = buffer.text
        #expect(text.contains("Friday 20 November 2026, 08:00 · note"))
        #expect(text.contains("面接のメモ 😞"))
        #expect(text.contains("^[[31mIN RED^[[0m"))
        #expect(text.contains("bell^G"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        // Headings are bold; a bullet's second line is indented under its text.
        let heading = try #require(buffer.position(of: "Notes"))
        #expect(buffer.style(at: heading).contains(.bold))
        let lines = buffer.lines
        let bullet = try #require(lines.firstIndex { $0.contains("• a bullet") })
        #expect(lines[bullet + 1].hasPrefix("      "))  // margin + 4 columns
        // Wide text wraps by columns: no line is wider than the screen.
        #expect(lines.allSatisfy { $0.displayWidth <= 60 })
        #expect(lines.filter { $0.contains("日本語") || $0.contains("全角") || $0.contains("折り返") }.count >= 2)
    }

    @Test func scrollsWithArrowsPagesHomeAndEnd() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = try trickyScreen(journal)
        _ = screen.rendered(rows: 24, columns: 80)
        #expect(screen.top == 0)
        screen.press(.down, .down)
        #expect(screen.top == 2)
        screen.press(.pageDown)
        #expect(screen.top == 2 + screen.textHeight - 1)
        screen.press(.end)
        #expect(screen.top == screen.maxTop)
        #expect(screen.rendered(rows: 24, columns: 80).text.contains("More lines to scroll through."))
        screen.press(.down)
        #expect(screen.top == screen.maxTop)
        screen.press(.pageUp)
        #expect(screen.top == screen.maxTop - (screen.textHeight - 1))
        screen.press(.home)
        #expect(screen.top == 0)
        #expect(screen.rendered(rows: 24, columns: 80).text.contains("lines 1-19 of"))
    }

    @Test func editRunsTheEditorWithTheTerminalSuspendedAndReadsTheFileBack() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let path = "entries/2026/11/2026-11-27-1405-reflection-acme.md"
        let stored = try journal.store.readEntry(path).get()
        var changes: [EntryChange] = []
        let screen = EntryScreen(row: .entry(stored)) { changes.append($0) }
        // The fake editor checks that the terminal was handed over, then appends a bullet.
        let terminal = ScreenBuffer(rows: 30, columns: 100)
        let marker = journal.root + "-suspended"
        let script = try editorScript(journal, body: "printf 'x' > '\(marker)'\nprintf -- '- Stayed kind to myself\\n' >> \"$1\"")
        let effects = screen.press(.character("e"))
        #expect(effects.first?.isPerform == true)
        run(effects, on: screen, in: context(journal, terminal: terminal, environment: ["VISUAL": script, "EDITOR": "false"]))
        #expect(FileManager.default.fileExists(atPath: marker))
        #expect(!terminal.isSuspended)
        #expect(journal.read(path).hasSuffix("- Stayed kind to myself\n"))
        #expect(screen.rendered().text.contains("Stayed kind to myself"))
        #expect(screen.notice?.contains("Saved by your editor") == true)
        guard case .edited(.entry(let updated), let text)? = changes.last else { Issue.record("the list was not told"); return }
        #expect(updated.entry.lessons.contains("Stayed kind to myself"))
        #expect(text.map { String(decoding: $0, as: UTF8.self).contains("Stayed kind") } == true)
        try? FileManager.default.removeItem(atPath: marker)
    }

    @Test func anEditThatBreaksTheFileIsReportedAndNotOverwritten() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let path = "entries/2026/11/2026-11-27-1405-reflection-acme.md"
        let screen = EntryScreen(row: .entry(try journal.store.readEntry(path).get()))
        let script = try editorScript(journal, body: "printf '\\000binary' > \"$1\"")
        run(screen.press(.character("e")), on: screen, in: context(journal, environment: ["EDITOR": script]))
        let text = screen.rendered().text
        #expect(screen.notice?.contains("After the edit the file cannot be read") == true)
        // At 80 columns the two notice rows keep where the earlier version went, which a cut would lose first.
        #expect(screen.rendered(rows: 24, columns: 80).text.contains(".onward/trash/"))
        #expect(text.contains("This file could not be read"))
        let bytes = try journal.store.rawBytes(path)
        #expect(bytes == Array("\0binary".utf8))
        // What the entry held before the edit is not gone: it is in the trash, and the screen says where.
        #expect(screen.notice?.contains("The version before this edit is kept in .onward/trash/") == true, "\(screen.notice ?? "")")
        let trash = try FileManager.default.contentsOfDirectory(atPath: journal.root + "/.onward/trash")
        let kept = try #require(trash.first { $0.contains("reflection-acme") })
        #expect(try String(contentsOfFile: journal.root + "/.onward/trash/" + kept, encoding: .utf8).contains("Acme"))
    }

    @Test func aMissingEditorIsExplained() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let path = "entries/2026/11/2026-11-27-1405-reflection-acme.md"
        let before = journal.read(path)
        let screen = EntryScreen(row: .entry(try journal.store.readEntry(path).get()))
        run(screen.press(.character("e")), on: screen, in: context(journal, environment: ["EDITOR": "no-such-editor-onward"]))
        #expect(screen.notice?.contains("was not found") == true)
        #expect(journal.read(path) == before)
    }

    @Test func deleteConfirmsThenPopsAndTellsTheList() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let path = "entries/2026/12/2026-12-03-1800-note-coffee-with-sam.md"
        var changes: [EntryChange] = []
        let screen = EntryScreen(row: .entry(try journal.store.readEntry(path).get())) { changes.append($0) }
        screen.press(.character("d"))
        #expect(screen.rendered().text.contains("y yes · n no"))
        screen.press(.character("x"))  // other keys wait for an answer
        #expect(screen.confirm != nil)
        screen.press(.escape)
        #expect(screen.confirm == nil)
        #expect(FileManager.default.fileExists(atPath: journal.root + "/" + path))
        screen.press(.character("d"))
        let effects = screen.press(.character("y"))
        var popped = false
        for effect in effects {
            if case .perform(let work) = effect, let result = work(context(journal)) {
                popped = screen.handle(.result(result)).contains { $0.isPop }
            }
        }
        #expect(popped)
        #expect(FileManager.default.fileExists(atPath: journal.root + "/.onward/trash/2026-12-03-1800-note-coffee-with-sam.md"))
        guard case .deleted(let p, _)? = changes.last else { Issue.record("the list was not told"); return }
        #expect(p == path)
    }

    /// A small shell script used as $EDITOR.
    func editorScript(_ journal: TempJournal, body: String) throws -> String {
        try FileManager.default.createDirectory(atPath: journal.scripts, withIntermediateDirectories: true)
        let path = journal.scripts + "/editor-\(UUID().uuidString).sh"
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        // Run by `sh`, not executed: a script just written cannot be run while another test's
        // forked child may still hold it open for writing (ETXTBSY, seen once under load).
        return "sh '\(path)'"
    }
}
