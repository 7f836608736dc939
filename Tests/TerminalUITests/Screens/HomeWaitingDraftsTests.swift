import Foundation
import Testing
import JournalCore
@testable import TerminalUI

/// Home names every unfinished session in one calm line, not only the first it can resume.
@Suite("Home: every waiting draft")
struct HomeWaitingDraftsTests {
    func exerciseDraft(_ name: String, minute: Int) throws -> Entry {
        let guide = try #require(GuideLibrary.builtIn.guide(named: name))
        var a = ReflectionAnswers()
        a.setText("letter", 0, "Dear me")
        let started = LocalTimestamp(day: testNow.day, hour: 9, minute: minute, utcOffset: 3600)
        return ReflectionMapper.entry(from: a, guide: guide, id: EntryID.make(at: started, kind: .note, slugSource: name),
                                      created: started, updated: started, currentStep: guide.steps.first?.id ?? "")
    }

    func home(_ journal: TempJournal, columns: Int = 80, rows: Int = 24) -> String {
        let terminal = ScreenBuffer(rows: rows, columns: columns)
        terminal.enqueue(.terminate)
        App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date }).run(.home)
        return terminal.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    @Test func aReflectionAndTwoExercisesAreAllNamed() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        _ = try DraftChoiceTests.saveDraft(journal, company: "Acme", minute: 5)
        try journal.store.saveDraft(exerciseDraft("kinder-letter", minute: 1))
        try journal.store.saveDraft(exerciseDraft("write-it-out", minute: 2))
        let kinder = "a kinder letter", write = "write it out"  // titles in the sentence start small
        for (columns, rows) in [(80, 24), (60, 20), (50, 16)] {
            let text = home(journal, columns: columns, rows: rows)
            #expect(text.contains("Waiting for you:"), "\(columns)x\(rows): \(text)")
            for name in ["a reflection (Acme)", kinder, write] {
                #expect(text.contains(name) || text.contains(name.prefix(8)), "\(name) at \(columns)x\(rows): \(text)")
            }
        }
        let text = home(journal)
        #expect(text.contains("r picks up the reflection, x discards it; Other exercises has the rest."), "\(text)")
    }

    @Test func anExerciseAloneSaysWhereToPickItUp() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try journal.store.saveDraft(exerciseDraft("kinder-letter", minute: 1))
        let text = home(journal)
        #expect(text.contains("Waiting for you: a kinder letter."), "\(text)")
        #expect(text.contains("Other exercises picks it up where you left off."))
        #expect(!text.contains("r resume"))
    }

    @Test func anApplicationsAnswerIsNamedWithWhereToPickItUp() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        var answer = Entry(id: ApplicationPromptDraft.id, kind: .application, created: testNow)
        answer.title = "feedback"
        answer.sections = [Section(heading: "Answer", body: "> They liked the take-home")]
        try journal.store.saveDraft(answer)
        var text = home(journal)
        #expect(text.contains("Waiting for you: an answer on Applications."), "\(text)")
        #expect(text.contains("Applications picks it up where you left off."), "\(text)")
        try journal.store.saveDraft(exerciseDraft("kinder-letter", minute: 1))
        text = home(journal)
        #expect(text.contains("Other exercises and Applications pick them up where you left off."), "\(text)")
    }

    @Test func oneReflectionIsNamedAsBefore() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        _ = try DraftChoiceTests.saveDraft(journal, company: "Acme", minute: 5)
        let text = home(journal)
        #expect(text.contains("An unfinished reflection (Acme) is waiting."))
        #expect(!text.contains("Waiting for you"))
    }
}
