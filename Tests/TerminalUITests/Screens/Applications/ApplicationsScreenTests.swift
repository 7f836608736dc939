import Foundation
import Testing
import JournalCore
@testable import TerminalUI

@Suite("Applications screen")
struct ApplicationsScreenTests {
    func context(_ journal: TempJournal) -> AppContext {
        AppContext(store: journal.store, guide: Guide.builtIn(), now: testNow, terminal: ScreenBuffer(rows: 24, columns: 80), environment: [:])
    }

    /// Runs the screen's effects the way the loop does: work in `.perform`, screens from `.open`.
    @discardableResult
    func run(_ effects: [Effect], on screen: ApplicationsScreen, _ ctx: AppContext) -> [Screen] {
        var opened: [Screen] = []
        for effect in effects {
            switch effect {
            case .perform(let work): if let result = work(ctx) { run(screen.handle(.result(result)), on: screen, ctx) }
            case .open(let make): opened.append(make(ctx))
            case .show(let request):
                // As the loop does it: the opener builds the screen (and reserves a new draft's id).
                if case .screen(let next, _) = ScreenOpener(context: ctx).open(request) { opened.append(next) }
            default: break
            }
        }
        return opened
    }

    /// Three applications: one quiet, one with a next action, one closed.
    func seeded(_ journal: TempJournal) throws -> ApplicationsScreen {
        let writer = ApplicationWriter(store: journal.store)
        let day = testNow.day
        let quiet = ApplicationChange.new(company: "Initech", role: "Data Analyst", applied: day.adding(days: -20), at: testNow)
        var next = ApplicationChange.new(company: "Globex", role: "Platform Engineer", applied: day.adding(days: -7),
                                         at: LocalTimestamp(day: day, hour: 14, minute: 6, utcOffset: 3600))
        ApplicationChange.move(&next, to: .interview, on: day.adding(days: -2), note: nil, at: testNow)
        ApplicationChange.setNextAction(&next, "send the take-home", on: day.adding(days: 3), at: testNow)
        var closed = ApplicationChange.new(company: "Acme", role: "SRE", applied: day.adding(days: -30),
                                           at: LocalTimestamp(day: day, hour: 14, minute: 7, utcOffset: 3600))
        ApplicationChange.close(&closed, as: .withdrawn, on: day.adding(days: -10), note: nil, at: testNow)
        for e in [quiet, next, closed] { try writer.add(e) }
        let screen = ApplicationsScreen.open(context(journal)) as! ApplicationsScreen
        return screen
    }

    @Test(arguments: [(80, 24), (60, 20), (50, 16)])
    func groupedByStageWithCountsAndQuietOnesMarked(columns: Int, rows: Int) throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = try seeded(journal)
        let buffer = screen.rendered(rows: rows, columns: columns)
        let text = buffer.text
        #expect(text.contains("Applications"))
        #expect(text.contains("interview (1)") && text.contains("applied (1)") && text.contains("closed (1)"))
        #expect(text.contains("no word for 20 days"))
        #expect(!text.lowercased().contains("ghost"))
        #expect(text.contains("Globex"))
        // Furthest stage first, closed last.
        let lines = buffer.lines
        let interview = try #require(lines.firstIndex { $0.contains("interview (1)") })
        let applied = try #require(lines.firstIndex { $0.contains("applied (1)") })
        let closed = try #require(lines.firstIndex { $0.contains("closed (1)") })
        #expect(interview < applied && applied < closed)
        #expect(lines.allSatisfy { $0.displayWidth <= columns })
        #expect(lines[rows - 1].contains("a add"))
        // On a quiet one, a neutral suggestion: follow up, or let it go.
        screen.press(.down)
        #expect(screen.selected?.company == "Initech")
        #expect(screen.rendered(rows: rows, columns: columns).lines[rows - 2].contains("No word for 20 days: a short follow-up"))
    }

    @Test func addingAnApplicationFromTheScreen() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let ctx = context(journal)
        let screen = ApplicationsScreen.open(ctx) as! ApplicationsScreen
        #expect(screen.rendered(rows: 24, columns: 80).text.contains("No applications yet"))
        screen.press(.character("a"))
        screen.type("Hooli")
        screen.press(.enter)
        #expect(screen.rendered(rows: 24, columns: 80).text.contains("Role:"))
        screen.type("Dev, \u{1B}[31mlead")
        run(screen.press(.enter), on: screen, ctx)
        #expect(screen.selected?.company == "Hooli")
        let text = screen.rendered(rows: 24, columns: 80).text
        #expect(text.contains("Added Hooli") && !text.contains("\u{1B}"))
        #expect(journal.entryFiles().count == 1)
    }

    @Test func movingOnAddingEventsNotesAndFeedback() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let ctx = context(journal)
        let screen = try seeded(journal)
        #expect(screen.selected?.company == "Globex")
        screen.press(.character("m"))
        #expect(screen.rendered().text.contains("Reached final interview on: 2026-11-27"))
        run(screen.press(.enter), on: screen, ctx)
        #expect(screen.selected?.stage == .finalInterview)
        screen.press(.character("m"))
        screen.press(.control("u"))
        screen.type("2300-01-01")
        run(screen.press(.enter), on: screen, ctx)
        #expect(screen.notice?.contains("not a day up to today") == true)
        #expect(screen.selected?.stage == .finalInterview)

        screen.press(.character("e")); screen.type("call with Priya"); run(screen.press(.enter), on: screen, ctx)
        screen.press(.character("n")); screen.type("felt good"); run(screen.press(.enter), on: screen, ctx)
        screen.press(.character("f")); screen.type("more Kubernetes"); run(screen.press(.enter), on: screen, ctx)
        let path = try #require(screen.selected?.relativePath)
        let file = journal.read(path)
        #expect(file.contains("- 2026-11-27 final-interview\n- 2026-11-27 event: call with Priya\n- 2026-11-27 feedback: more Kubernetes"))
        #expect(file.contains("## Feedback\n2026-11-27: more Kubernetes") && file.contains("## Notes\n2026-11-27: felt good"))
    }

    @Test func thisOneSaidNoClosesItAndStartsAReflectionThatNamesIt() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let ctx = context(journal)
        let screen = try seeded(journal)
        let globex = try #require(screen.selected)
        screen.press(.character("x"))
        #expect(screen.rendered().text.contains("Close it as a no and reflect on it? y/n"))
        let opened = run(screen.press(.character("y")), on: screen, ctx)
        let reflection = try #require(opened.first as? ReflectionScreen)
        #expect(reflection.answers.company == "Globex" && reflection.answers.role == "Platform Engineer")
        #expect(reflection.answers.stage == .interview && reflection.answers.rejectedOn == testNow.day)
        #expect(reflection.answers.applicationID == globex.id)
        #expect(journal.read(globex.relativePath).contains("outcome: rejected"))
        #expect(reflection.rendered(rows: 24, columns: 80).text.contains("Globex"))

        // Saved, the reflection names the application, and the loop links the application back.
        let saved = try journal.store.create(reflection.finishedEntry)
        #expect(journal.read(saved.relativePath).contains("application: \(globex.id)"))
        #expect(ApplicationReflection.linkBack(saved, store: journal.store, at: testNow) == nil)
        #expect(journal.read(globex.relativePath).contains("reflection: \(saved.entry.id)"))
    }
}
