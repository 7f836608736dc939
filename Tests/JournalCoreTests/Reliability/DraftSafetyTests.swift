import Foundation
import Testing
@testable import JournalCore

/// Drafts never replace one another, keep what the person added by hand, survive a change of
/// guide, and a finished draft is never saved twice.
@Suite("Drafts lose nothing")
struct DraftSafetyTests {
    static let now = LocalTimestamp(day: LocalDay(year: 2026, month: 11, day: 27), hour: 14, minute: 5, utcOffset: 3600)

    func withJournal(_ body: (TempFolder, JournalStore) throws -> Void) throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        try body(folder, JournalStore(root: folder.path + "/journal"))
    }

    static func answers() -> ReflectionAnswers {
        var a = ReflectionAnswers()
        a.company = "Acme"
        a.setText("lessons", 0, "Ask about the team earlier")
        a.setText("feelings", 0, "It stings.")
        return a
    }

    static func draft(_ id: EntryID, guide: Guide = .builtIn()) -> Entry {
        ReflectionMapper.entry(from: answers(), guide: guide, id: id, created: now, updated: now, currentStep: "lessons")
    }

    @Test func twoNewSessionsInOneMinuteGetTwoDrafts() throws {
        try withJournal { _, store in
            let base = EntryID.make(at: Self.now, kind: .reflection)
            let first = try store.reserveDraft(base)
            try store.saveDraft(Self.draft(first))
            let second = try store.reserveDraft(base)
            let third = try store.reserveDraft(base)
            #expect(first == base)
            #expect(Set([first, second, third]).count == 3)
            try store.saveDraft(Self.draft(second))
            #expect(Set(store.drafts().map(\.id)) == [first, second])
            // A released id whose draft exists is still not handed out again.
            store.releaseReservation(first)
            #expect(try store.reserveDraft(base) != first)
        }
    }

    @Test func aReservationLeftByAKilledSessionIsTakenBack() throws {
        try withJournal { folder, store in
            let base = EntryID.make(at: Self.now, kind: .reflection)
            try folder.write("journal/.onward/drafts/.\(base.rawValue).reserved", "999999999\n")
            #expect(try store.reserveDraft(base) == base)
        }
    }

    @Test func handAddedKeysAndSectionsSurviveResumeAndSave() throws {
        try withJournal { folder, store in
            let id = EntryID.make(at: Self.now, kind: .reflection)
            try store.saveDraft(Self.draft(id))
            // The person opens the draft in an editor and adds a key, a tag and a section.
            let path = "journal/.onward/drafts/\(id.rawValue).md"
            var text = String(decoding: try #require(folder.read(path)), as: UTF8.self)
            text = text.replacingOccurrences(of: "kind: reflection\n", with: "kind: reflection\nrecruiter: Priya\n")
            text = text.replacingOccurrences(of: "tags: [rejection]", with: "tags: [rejection, backend]")
            text += "\n## Questions I still have\nWhy was the role re-posted?\n"
            try folder.write(path, text)

            let resumed = try #require(store.drafts().first)
            let (answers, step) = ReflectionMapper.answers(from: resumed, guide: .builtIn())
            #expect(step == "lessons")
            let again = ReflectionMapper.entry(from: answers, guide: .builtIn(), id: id, created: Self.now, updated: Self.now,
                                               currentStep: "care", keeping: resumed)
            let finished = ReflectionMapper.entry(from: answers, guide: .builtIn(), id: id, created: Self.now, updated: Self.now,
                                                  keeping: resumed)
            for entry in [again, finished] {
                #expect(entry.extraFields.contains { $0.key == "recruiter" })
                #expect(entry.tags == ["rejection", "backend"])
                #expect(entry.section("Questions I still have")?.body == "Why was the role re-posted?")
                #expect(entry.section("Lessons")?.body.contains("Ask about the team earlier") == true)
            }
            #expect(again.extraFields.filter { $0.key == ReflectionMapper.draftStepKey }.count == 1)
            #expect(!finished.extraFields.contains { $0.key == ReflectionMapper.draftStepKey })
        }
    }

    @Test func answersWhoseStepIsGoneFromTheGuideAreKeptUnderTheirHeadings() throws {
        let builtIn = Guide.builtIn()
        let draft = Self.draft(EntryID.make(at: Self.now, kind: .reflection))
        var shorter = builtIn
        shorter.steps.removeAll { $0.id == "lessons" }
        let (answers, _) = ReflectionMapper.answers(from: draft, guide: shorter)
        let saved = ReflectionMapper.entry(from: answers, guide: shorter, id: draft.id, created: Self.now, updated: Self.now, keeping: draft)
        let lessons = try #require(builtIn.steps.first { $0.id == "lessons" })
        #expect(saved.section(lessons.section)?.body == draft.section(lessons.section)?.body)
        #expect(saved.section("Feelings")?.body.contains("It stings.") == true)
        #expect(saved.company == "Acme")
    }

    @Test func aCrashBetweenSavingTheEntryAndRemovingTheDraftNeverMakesASecondCopy() throws {
        try withJournal { _, store in
            let id = EntryID.make(at: Self.now, kind: .reflection)
            let draft = Self.draft(id)
            var finished = draft
            finished.extraFields.removeAll()
            finished.id = EntryID.make(at: Self.now, kind: .reflection, slugSource: "Acme")
            // Removing the draft fails, as a crash right after saving the entry would leave things.
            let stuck = JournalStore(root: store.root, fileSystem: FailingFileSystem(failing: [.remove], code: EIO))
            try stuck.saveDraft(draft)
            let first = try stuck.saveFinished(finished, fromDraft: id)
            let left = try #require(store.drafts().first)
            #expect(DraftLink.savedAs(left) == first.relativePath)
            // The file's status (inode, ctime) is compared by the index, not here: the entry and its place are.
            guard case .alreadySaved(let found) = store.settle(left) else {
                Issue.record("the left draft was not found to be saved already")
                return
            }
            #expect(found.relativePath == first.relativePath)
            #expect(found.entry == first.entry)
            // Saving it again (the person resumed and pressed Enter) finds the entry instead.
            let second = try store.saveFinished(finished, fromDraft: id)
            #expect(second.relativePath == first.relativePath)
            #expect(try store.load().entries.count == 1)
            #expect(store.drafts().isEmpty)
        }
    }

    @Test func aDraftMarkedForAnEntryThatWasNeverWrittenIsResumed() throws {
        try withJournal { _, store in
            let draft = DraftLink.marking(Self.draft(EntryID.make(at: Self.now, kind: .reflection)),
                                          savedAs: "entries/2026/11/2026-11-27-1405-reflection-acme.md")
            try store.saveDraft(draft)
            let found = try #require(store.drafts().first)
            #expect(store.settle(found) == .resume(found))
        }
    }
}
