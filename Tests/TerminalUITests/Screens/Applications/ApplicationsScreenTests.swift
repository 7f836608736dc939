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
            case .perform(let work): if let result = work(ctx) { opened += run(screen.handle(.result(result)), on: screen, ctx) }
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
        // The hint wraps over the two rows above the footer, whole (it was cut at 80 columns).
        let hint = screen.rendered(rows: rows, columns: columns).lines[(rows - 3)...(rows - 2)].map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(hint.joined(separator: " ") == "No word for 20 days: a short follow-up may help, or it may be time to let it go.")
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

    /// A row keeps only its record: Enter reads the file as it is now (changed or gone since
    /// the list was read), never a copy taken when the list was.
    @Test func enterOpensTheFileAsItIsNow() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let ctx = context(journal)
        let screen = try seeded(journal)
        let path = try #require(screen.selected?.relativePath)
        let file = journal.root + "/" + path
        var entry = try EntryCodec.decode(try String(contentsOfFile: file, encoding: .utf8))
        entry.setSection("Notes", body: "Written in another editor after the list was read.")
        try EntryCodec.encode(entry).write(toFile: file, atomically: true, encoding: .utf8)
        let opened = try #require(run(screen.press(.enter), on: screen, ctx).first as? EntryScreen)
        #expect(opened.rendered(rows: 30, columns: 80).text.contains("Written in another editor"))
        try FileManager.default.removeItem(atPath: file)
        let gone = try #require(run(screen.press(.enter), on: screen, ctx).first as? EntryScreen)
        let text = gone.rendered(rows: 30, columns: 80).text
        #expect(!text.contains("Written in another editor") && !text.contains("Globex"), "\(text)")
        #expect(text.contains("could not be read") && text.contains("no longer exists"), "\(text)")
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
        #expect(screen.notice?.contains("still to come: up to 2026-11-27") == true)
        #expect(screen.selected?.stage == .finalInterview)
        // The refused date stays in its prompt (ApplicationPromptTests); Esc leaves it.
        #expect(screen.prompt?.field.text == "2300-01-01")
        screen.press(.escape)

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

    @Test func feedbackRecordedWhileTheReflectionIsBeingWrittenReachesItWhenSaved() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let ctx = context(journal)
        let screen = try seeded(journal)
        let globex = try #require(screen.selected)
        screen.press(.character("x"))
        let reflection = try #require(run(screen.press(.character("y")), on: screen, ctx).first as? ReflectionScreen)
        // Meanwhile, from the shell: the reflection is not saved yet, so it cannot take the feedback now.
        let record = try #require(try JournalIndex(store: journal.store).applications().records.first { $0.id == globex.id })
        let result = try ApplicationFeedback(store: journal.store).record("More system design,\nless trivia.", on: testNow.day, for: record, at: testNow)
        #expect(result.reflection == nil)
        if let problem = result.reflectionProblem { #expect(!problem.contains("not found"), "\(problem)") }
        // Saved, the reflection takes in what came meanwhile, once.
        let saved = try journal.store.create(reflection.finishedEntry)
        #expect(ApplicationReflection.linkBack(saved, store: journal.store, at: testNow) == nil)
        let text = journal.read(saved.relativePath)
        #expect(text.contains("\(testNow.day): More system design,\nless trivia."), "\(text)")
        #expect(ApplicationReflection.linkBack(try journal.store.readEntry(saved.relativePath).get(), store: journal.store, at: testNow) == nil)
        #expect(journal.read(saved.relativePath).components(separatedBy: "More system design").count == 2, "taken in once")
    }

    @Test func saidNoOnOneRejectedWithoutAReflectionOpensOneAndChangesNothing() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let ctx = context(journal)
        var e = ApplicationChange.new(company: "Initrode", role: "Dev", applied: testNow.day.adding(days: -9), at: testNow)
        ApplicationChange.close(&e, as: .rejected, on: testNow.day.adding(days: -2), note: nil, at: testNow)
        let stored = try ApplicationWriter(store: journal.store).add(e)
        let before = journal.read(stored.relativePath)
        let screen = ApplicationsScreen.open(ctx) as! ApplicationsScreen
        screen.press(.character("x"))
        #expect(screen.rendered().text.contains("has no reflection yet. Reflect on it now? y/n"))
        let opened = run(screen.press(.character("y")), on: screen, ctx)
        let reflection = try #require(opened.first as? ReflectionScreen)
        #expect(reflection.answers.applicationID == stored.entry.id)
        #expect(reflection.answers.rejectedOn == testNow.day.adding(days: -2))
        #expect(journal.read(stored.relativePath) == before)
    }

    @Test func saidNoOnOneWithdrawnMeanwhileSaysSoAndOpensNoReflection() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let ctx = context(journal)
        let screen = try seeded(journal)
        let globex = try #require(screen.selected)
        #expect(globex.isOpen)
        // The command line withdraws it while the screen still shows it open.
        try ApplicationWriter(store: journal.store).change(globex.relativePath) { (e: inout Entry) throws(ApplicationError) in
            ApplicationChange.close(&e, as: .withdrawn, on: testNow.day, note: nil, at: testNow)
        }
        let before = journal.read(globex.relativePath)
        screen.press(.character("x"))
        let opened = run(screen.press(.character("y")), on: screen, ctx)
        #expect(opened.isEmpty)
        #expect(journal.read(globex.relativePath) == before)
        #expect(screen.notice == "Globex, Platform Engineer was marked withdrawn meanwhile, so it was left as it is and no reflection was started.")
        #expect(screen.selected?.outcome == .withdrawn)
    }

    @Test func theReflectionFromSaidNoHasTheSameContextAsAnyNewOne() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let ctx = context(journal)
        try CheckinHarness.write(journal, "entries/2026/10/2026-10-02-1000-reflection-acme.md",
            "---\nid: 2026-10-02-1000-reflection-acme\nkind: reflection\ncreated: 2026-10-02T10:00:00+01:00\ncompany: Acme\n---\n# Acme\n\n"
            + "## Achievements\n- Led the billing migration\n\n## Next time\n- Take a walk before I reply\n")
        let screen = try seeded(journal)
        screen.press(.character("x"))
        let reflection = try #require(run(screen.press(.character("y")), on: screen, ctx).first as? ReflectionScreen)
        #expect(reflection.setbackReminder?.contains("Take a walk before I reply") == true)
        #expect(reflection.earlierAchievements == ["Led the billing migration"])
        #expect(reflection.rendered(rows: 24, columns: 80).text.contains("Last time you planned: Take a walk before I reply"))
    }

    @Test(arguments: [(80, 24), (60, 20), (50, 16)])
    func theQuietHintAndLongNoticesWrapInsteadOfBeingCut(columns: Int, rows: Int) throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = try seeded(journal)
        while screen.selected?.company != "Initech" { screen.press(.down) }
        let lines = screen.rendered(rows: rows, columns: columns).lines.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines[rows - 3] + " " + lines[rows - 2] == "No word for 20 days: a short follow-up may help, or it may be time to let it go.",
                "\(lines.joined(separator: "\n"))")
        // A long sentence after an action shows whole over two lines at 80 columns.
        let globex = try #require(screen.lines.compactMap(\.record).first { $0.company == "Globex" })
        try ApplicationWriter(store: journal.store).change(globex.relativePath) { (e: inout Entry) throws(ApplicationError) in
            ApplicationChange.close(&e, as: .withdrawn, on: testNow.day, note: nil, at: testNow)
        }
        while screen.selected?.company != "Globex" { screen.press(.up) }
        screen.press(.character("x"))
        run(screen.press(.character("y")), on: screen, context(journal))
        let text = screen.rendered(rows: rows, columns: columns).lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        if columns >= 80 {
            #expect(text.contains("Globex, Platform Engineer was marked withdrawn meanwhile, so it was left as it is and no reflection was started."), "\(text)")
        } else {
            #expect(text.contains("Globex, Platform Engineer was marked withdrawn") && text.contains("…"), "\(text)")
        }
    }

    @Test func saidNoPicksUpAReflectionBegunOnItBefore() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let ctx = context(journal)
        var e = ApplicationChange.new(company: "Initrode", role: "Dev", applied: testNow.day.adding(days: -9), at: testNow)
        ApplicationChange.close(&e, as: .rejected, on: testNow.day, note: nil, at: testNow)
        let stored = try ApplicationWriter(store: journal.store).add(e)
        var answers = ApplicationReflection.answers(for: ApplicationRecord(stored), rejectedOn: testNow.day)
        answers.company = "Initrode"
        let started = LocalTimestamp(day: testNow.day, hour: 8, minute: 1, utcOffset: 3600)
        let draft = ReflectionMapper.entry(from: answers, guide: .builtIn(), id: EntryID.make(at: started, kind: .reflection),
                                           created: started, updated: started, currentStep: "rejection")
        try journal.store.saveDraft(draft)
        let screen = ApplicationsScreen.open(ctx) as! ApplicationsScreen
        screen.press(.character("x"))
        let reflection = try #require(run(screen.press(.character("y")), on: screen, ctx).first as? ReflectionScreen)
        #expect(reflection.draftID == draft.id)
        #expect(journal.store.drafts().count == 1)
    }

    /// 200 applications, 150 open and 50 closed (two groups), each with its own minute.
    func many() -> ApplicationsScreen {
        let day = testNow.day
        let entries = (0..<200).map { n -> StoredEntry in
            let at = LocalTimestamp(day: day.adding(days: -(n / 60)), hour: 8 + (n % 60) / 10, minute: n % 10, utcOffset: 3600)
            var e = ApplicationChange.new(company: String(format: "Company %03d", n), role: "Role", applied: day.adding(days: -(n / 60)), at: at)
            if n % 4 == 0 { ApplicationChange.close(&e, as: .rejected, on: day, note: nil, at: testNow) }
            return StoredEntry(entry: e, relativePath: "entries/\(e.id.rawValue).md", size: 0, modified: 0)
        }
        return ApplicationsScreen(entries: entries, today: day, quietAfterDays: 14)
    }

    @Test(arguments: [(24, 80), (20, 60), (16, 50)])
    func pagingWalksTwoHundredApplicationsAndKeepsTheSelectionOnScreen(rows: Int, columns: Int) throws {
        let screen = many()
        _ = screen.handle(.resize(Size(rows: rows, columns: columns)))
        let titles = screen.lines.compactMap(\.record?.title)
        #expect(titles.count == 200)
        let first = try #require(screen.selected)
        #expect(first.title == titles.first)

        func selectedRowShown(_ sourceLocation: SourceLocation = #_sourceLocation) throws {
            let r = try #require(screen.selected, sourceLocation: sourceLocation)
            let text = screen.rendered(rows: rows, columns: columns).text
            #expect(text.contains("› " + String(r.title.prefix(11))), "\(text)", sourceLocation: sourceLocation)
        }

        _ = screen.press(.pageDown)
        let paged = try #require(screen.selected)
        let onePage = try #require(titles.firstIndex(of: paged.title))
        #expect(onePage >= rows - 8 && onePage <= rows - 5, "one screenful on, not one line: \(onePage)")
        try selectedRowShown()
        _ = screen.press(.pageDown, .pageDown)
        let third = try #require(screen.selected)
        let threePages = try #require(titles.firstIndex(of: third.title))
        #expect(threePages > onePage * 2)
        try selectedRowShown()
        _ = screen.press(.pageUp)
        let back = try #require(screen.selected)
        #expect(try #require(titles.firstIndex(of: back.title)) < threePages)

        _ = screen.press(.end)
        #expect(screen.selected?.title == titles.last)
        try selectedRowShown()
        _ = screen.press(.pageDown)
        #expect(screen.selected?.title == titles.last, "past the end it stays on the last")
        _ = screen.press(.home)
        #expect(screen.selected?.title == titles.first)
        try selectedRowShown()
        _ = screen.press(.pageUp)
        #expect(screen.selected?.title == titles.first)
        _ = screen.press(.character("G"))
        #expect(screen.selected?.title == titles.last)
        _ = screen.press(.character("g"))
        #expect(screen.selected?.title == titles.first)
        // A page never lands on a group's heading.
        for _ in 0..<20 {
            _ = screen.press(.pageDown)
            #expect(screen.selected != nil)
        }
    }

    @Test func theHelpAndTheWideFooterNameThePagingKeys() {
        let screen = many()
        // The footer drops them first when it is narrow (the help always has them).
        _ = screen.handle(.resize(Size(rows: 24, columns: 160)))
        let footer = screen.rendered(rows: 24, columns: 160).line(23)
        #expect(footer.contains("PgUp/PgDn page"), "\(footer)")
        #expect(footer.contains("Home/End first, last"), "\(footer)")
        _ = screen.handle(.resize(Size(rows: 24, columns: 80)))
        #expect(screen.rendered(rows: 24, columns: 80).line(23).contains("? keys"))
        _ = screen.press(.character("?"))
        let help = screen.rendered(rows: 24, columns: 80).text
        #expect(help.contains("PgUp PgDn"), "\(help)")
        #expect(help.contains("Home g End G"), "\(help)")
    }

    @Test func sayingNoIsRefusedBeforeTheLastEventAndNothingIsWritten() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        var e = ApplicationChange.new(company: "Globex", role: "SRE", applied: testNow.day.adding(days: -5), at: testNow)
        // Dated after today by hand in the file: closing today would put the end before it.
        ApplicationChange.addEvent(&e, TimelineEvent(day: testNow.day.adding(days: 2), what: "interview"), at: testNow)
        let stored = try journal.store.create(e)
        let before = journal.read(stored.relativePath)
        let ctx = context(journal)
        let screen = ApplicationsScreen(entries: [stored], today: testNow.day, quietAfterDays: 14)
        screen.press(.character("x"))
        let opened = run(screen.press(.character("y")), on: screen, ctx)
        #expect(opened.isEmpty, "no reflection was started")
        #expect(journal.read(stored.relativePath) == before)
        let later = testNow.day.adding(days: 2)
        #expect(screen.notice == "The close of Globex, SRE cannot be dated \(testNow.day), before its last event on \(later); give a day from \(later) on.")
    }
}
