import Foundation
import Testing
@testable import JournalCore

/// The person's editor works on a private copy, merged back under the write lock.
@Suite("Editor copy and its return")
struct EditorCopyTests {
    static let path = "entries/2026/11/2026-11-27-0900-application-ed.md"
    static let text = EntryMergeTests.base + "\n"

    func withJournal(_ body: (TempFolder, JournalStore) throws -> Void) throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        try folder.write("journal/" + Self.path, Self.text)
        chmod(folder.path + "/journal", 0o700)
        try body(folder, JournalStore(root: folder.path + "/journal"))
    }

    func live(_ store: JournalStore) -> String {
        (try? String(contentsOfFile: store.absolute(Self.path), encoding: .utf8)) ?? "(missing)"
    }

    /// Stands in for the editor: the copy's text with `line` added at the end.
    func editCopy(_ copy: EditorCopy, adding line: String) throws {
        let text = try String(contentsOfFile: copy.path, encoding: .utf8)
        try (text + line + "\n").write(toFile: copy.path, atomically: false, encoding: .utf8)
    }

    /// Stands in for `onward app note` from a shell while the editor is open.
    func noteFromTheShell(_ store: JournalStore, _ note: String) throws {
        try store.modify(Self.path) { entry in
            entry.setSection("Notes", body: (entry.section("Notes")?.body ?? "") + "\n\n" + note)
        }
    }

    @Test func theCopyIsPrivateAndOutsideTheEntries() throws {
        try withJournal { _, store in
            let copy = try store.makeEditorCopy(of: Self.path)
            #expect(copy.path == store.root + "/.onward/editing/2026-11-27-0900-application-ed.md")
            #expect(mode(of: copy.path) == 0o600)
            #expect(try String(contentsOfFile: copy.path, encoding: .utf8) == Self.text)
            #expect(store.finishEditing(copy) == .unchanged)
            #expect(!FileManager.default.fileExists(atPath: copy.path), "an unchanged copy is removed")
            #expect(live(store) == Self.text)
        }
    }

    @Test func withNoOtherWriterTheEditGoesInExactlyAsWritten() throws {
        try withJournal { _, store in
            let copy = try store.makeEditorCopy(of: Self.path)
            // Spacing and a comment the codec would not write itself.
            try editCopy(copy, adding: "\n\n<!-- my own comment -->   ")
            #expect(store.finishEditing(copy) == .saved(merged: false, otherVersion: nil))
            #expect(live(store) == Self.text + "\n\n<!-- my own comment -->   \n")
            #expect(!FileManager.default.fileExists(atPath: copy.path))
        }
    }

    @Test func aNoteWrittenWhileTheEditorIsOpenIsKept() throws {
        try withJournal { _, store in
            let copy = try store.makeEditorCopy(of: Self.path)
            try noteFromTheShell(store, "CLI note during editor")
            try editCopy(copy, adding: "- 2026-11-28 screen: call with Priya")
            #expect(store.finishEditing(copy) == .saved(merged: true, otherVersion: nil))
            let entry = try store.readEntry(Self.path).get().entry
            // Both added at the end of the notes: the shell's note, saved first, comes first.
            #expect(entry.section("Notes")?.body == "First impressions.\n\nCLI note during editor\n- 2026-11-28 screen: call with Priya")
            let text = live(store)
            #expect(text.contains("CLI note during editor"), "\(text)")
            #expect(text.contains("- 2026-11-28 screen: call with Priya"), "\(text)")
        }
    }

    @Test func anEditThatDoesNotReadGoesInAsWrittenAndTheOtherVersionToTheTrash() throws {
        try withJournal { _, store in
            let copy = try store.makeEditorCopy(of: Self.path)
            try noteFromTheShell(store, "CLI note during editor")
            let theirs = live(store)
            try "---\nkind: [broken\n---\nmy words\n".write(toFile: copy.path, atomically: false, encoding: .utf8)
            guard case .saved(merged: false, let other?) = store.finishEditing(copy) else {
                Issue.record("expected the other version in the trash"); return
            }
            #expect(other.hasPrefix(".onward/trash/"))
            #expect(live(store) == "---\nkind: [broken\n---\nmy words\n")
            #expect(try String(contentsOfFile: store.absolute(other), encoding: .utf8) == theirs)
        }
    }

    @Test func anEntryRemovedWhileTheEditorIsOpenComesBackWithTheEdit() throws {
        try withJournal { _, store in
            let copy = try store.makeEditorCopy(of: Self.path)
            try store.delete(Self.path)
            try editCopy(copy, adding: "A last thought.")
            #expect(store.finishEditing(copy) == .saved(merged: false, otherVersion: nil))
            #expect(live(store).hasSuffix("A last thought.\n"))
        }
    }

    @Test func aFullDiskKeepsTheEditInTheCopyAndSaysWhere() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        try folder.write("journal/" + Self.path, Self.text)
        chmod(folder.path + "/journal", 0o700)
        let store = JournalStore(root: folder.path + "/journal")
        let copy = try store.makeEditorCopy(of: Self.path)
        try editCopy(copy, adding: "Words that must not be lost.")
        let full = JournalStore(root: store.root, fileSystem: FailingFileSystem(failing: [.write], code: ENOSPC))
        guard case .failed(let sentence) = full.finishEditing(copy) else { Issue.record("expected a failure"); return }
        #expect(sentence.contains(".onward/editing/2026-11-27-0900-application-ed.md"), "\(sentence)")
        #expect(try String(contentsOfFile: copy.path, encoding: .utf8).contains("Words that must not be lost."))
        #expect(live(store) == Self.text)
        // Room again: the next edit finds the copy left behind and keeps it in the trash.
        let next = try store.makeEditorCopy(of: Self.path)
        let earlier = try #require(next.earlierEdit)
        #expect(try String(contentsOfFile: store.absolute(earlier), encoding: .utf8).contains("Words that must not be lost."))
        #expect(try String(contentsOfFile: next.path, encoding: .utf8) == Self.text)
        #expect(store.finishEditing(next) == .unchanged)
    }

    @Test func savingAWholeEntryLoadedEarlierMergesWithWhatWasWrittenSince() throws {
        try withJournal { _, store in
            let loaded = try store.readEntry(Self.path).get().entry
            try noteFromTheShell(store, "Added from the shell.")
            var mine = loaded
            mine.role = "Senior Engineer"
            mine.setSection("Notes", body: "First impressions, revised.")
            let saved = try store.save(mine, loadedAs: loaded, at: Self.path)
            #expect(saved.entry.role == "Senior Engineer")
            #expect(saved.entry.section("Notes")?.body == "First impressions, revised.\n\nAdded from the shell.")
            #expect(try store.readEntry(Self.path).get().entry == saved.entry)
        }
    }

    @Test func doctorNamesAnEditLeftByAStoppedOnwardAndNotAnUntouchedCopy() throws {
        try withJournal { _, store in
            let copy = try store.makeEditorCopy(of: Self.path)
            // onward is killed here: the copy stays, as the editor left it.
            #expect(JournalDoctor(store: store).check(try store.load()).isEmpty, "an untouched copy holds nothing of the person's")
            try editCopy(copy, adding: "Words typed before the crash.")
            let problems = JournalDoctor(store: store).check(try store.load())
            #expect(problems.map(\.relativePath) == [".onward/editing/2026-11-27-0900-application-ed.md"])
            #expect(problems.first?.reason.contains("press e on the entry") == true)
        }
    }
}
