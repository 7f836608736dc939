import Foundation
import JournalCore
import Testing
@testable import TerminalUI

/// Editing from Browse: the editor gets a private copy, and what another writer saved while it
/// was open is merged in when it returns, never overwritten.
@Suite("Editing an entry while another writer changes it")
struct EditorMergeTests {
    static let path = "entries/2026/11/2026-11-20-0930-application-ed.md"
    static let application = """
    ---
    id: 2026-11-20-0930-application-ed
    kind: application
    created: 2026-11-20T09:30:00+01:00
    company: Ed
    role: Platform Engineer
    stage: applied
    outcome: open
    ---
    # Ed, Platform Engineer

    ## Timeline
    - 2026-11-20 applied

    """

    /// An editor that, while it is "open", lets `meanwhile` write to the journal, then saves
    /// `edit` of the text it was given, as a person's editor holding a buffer would.
    struct MeanwhileLauncher: ProgramLauncher {
        let meanwhile: () throws -> Void
        let edit: (String) -> String
        func runEditor(_ command: String, file path: String) -> String? {
            guard let loaded = try? String(contentsOfFile: path, encoding: .utf8) else { return "no file to edit" }
            do { try meanwhile() } catch { return "the other writer failed: \(error)" }
            do { try edit(loaded).write(toFile: path, atomically: false, encoding: .utf8) } catch { return "could not save" }
            return nil
        }
    }

    func edit(in journal: TempJournal, meanwhile: @escaping () throws -> Void, edit: @escaping (String) -> String) throws -> EntryScreen {
        try write(Self.application, to: Self.path, in: journal)
        let screen = EntryScreen(row: .entry(try journal.store.readEntry(Self.path).get()))
        let ctx = AppContext(store: journal.store, guide: Guide.builtIn(), now: testNow, terminal: ScreenBuffer(rows: 30, columns: 100),
                             environment: ["EDITOR": "fake"], launcher: MeanwhileLauncher(meanwhile: meanwhile, edit: edit))
        run(screen.press(.character("e")), on: screen, in: ctx)
        return screen
    }

    /// `onward app note Ed "..."` from a shell.
    func appNote(_ journal: TempJournal, _ text: String) throws {
        try ApplicationWriter(store: journal.store).change(Self.path) { (e: inout Entry) in
            ApplicationChange.addNote(&e, text, on: testNow.day, at: testNow)
        }
    }

    @Test func aNoteAddedFromTheShellWhileTheEditorIsOpenSurvivesItsSave() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = try edit(in: journal, meanwhile: { try appNote(journal, "CLI note during editor") },
                              edit: { $0 + "- 2026-11-24 screen: call with Priya\n" })
        let saved = journal.read(Self.path)
        #expect(saved.contains("CLI note during editor"), "the other writer's note was lost:\n\(saved)")
        #expect(saved.contains("- 2026-11-24 screen: call with Priya"), "the person's edit was lost:\n\(saved)")
        #expect(screen.notice?.contains("what was added to this entry meanwhile is kept too") == true, "\(screen.notice ?? "")")
        #expect(!FileManager.default.fileExists(atPath: journal.root + "/.onward/editing/2026-11-20-0930-application-ed.md"))
        let text = screen.rendered(rows: 30, columns: 100).text
        #expect(text.contains("CLI note during editor") && text.contains("call with Priya"), "\(text)")
    }

    @Test func theEditorNeverGetsTheLiveFile() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        var given = ""
        _ = try edit(in: journal, meanwhile: {}, edit: { $0 })
        let ctx = AppContext(store: journal.store, guide: Guide.builtIn(), now: testNow, terminal: ScreenBuffer(rows: 30, columns: 100),
                             environment: ["EDITOR": "fake"], launcher: PathRecorder { given = $0 })
        let screen = EntryScreen(row: .entry(try journal.store.readEntry(Self.path).get()))
        run(screen.press(.character("e")), on: screen, in: ctx)
        #expect(given.hasPrefix(journal.root + "/.onward/editing/"), "\(given)")
        #expect(screen.notice == "No changes.")
    }

    @Test func aChangeToAFieldMeanwhileIsKeptBesideTheEditorsChangeToAnother() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        _ = try edit(in: journal,
                     meanwhile: {
                         try ApplicationWriter(store: journal.store).change(Self.path) { (e: inout Entry) in
                             ApplicationChange.setNextAction(&e, "send the take-home", on: nil, at: testNow)
                         }
                     },
                     edit: { $0.replacingOccurrences(of: "role: Platform Engineer", with: "role: Staff Platform Engineer") })
        let entry = try journal.store.readEntry(Self.path).get().entry
        #expect(entry.role == "Staff Platform Engineer")
        #expect(entry.nextAction == "send the take-home")
    }

    final class PathRecorder: ProgramLauncher {
        let record: (String) -> Void
        init(_ record: @escaping (String) -> Void) { self.record = record }
        func runEditor(_ command: String, file path: String) -> String? { record(path); return nil }
    }
}
