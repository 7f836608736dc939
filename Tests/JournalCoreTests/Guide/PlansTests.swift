import Testing
import OnwardTestSupport
@testable import JournalCore

@Suite("If-then plans and the setback plan")
struct PlansTests {
    private let monday = LocalDay(year: 2026, month: 12, day: 7)

    private func reflection(_ time: String, body: [Section], status: EntryStatus? = nil) throws -> StoredEntry {
        let t = try timestamp(time)
        var e = Entry(id: EntryID.make(at: t, kind: .reflection, slugSource: "acme"), kind: .reflection, created: t)
        e.sections = body
        e.status = status
        return StoredEntry(entry: e, relativePath: "entries/x/\(e.id).md", size: 0, modified: 0)
    }

    @Test func aPlanBulletReadsItsDayAndMarkAndWritesThemBack() throws {
        let plain = try #require(IfThenPlan(bullet: "When I open my laptop on Monday, I will send one application (2026-12-07)"))
        #expect(plain.text == "When I open my laptop on Monday, I will send one application")
        #expect(plain.day == monday)
        #expect(!plain.isDone)
        let done = try #require(IfThenPlan(bullet: "[x] When it rains, I will read (2026-12-07)"))
        #expect(done.isDone && done.text == "When it rains, I will read" && done.day == monday)
        #expect(done.bulletText == "[x] When it rains, I will read (2026-12-07)")
        // Brackets that are not a real day stay part of the words.
        let odd = try #require(IfThenPlan(bullet: "When I wake, I will stretch (2026-02-30)"))
        #expect(odd.day == nil && odd.text == "When I wake, I will stretch (2026-02-30)")
        #expect(IfThenPlan(bullet: "[x] (2026-12-07)") == nil)
    }

    @Test func onlyTodaysPlansOfFinishedReflectionsAreDue() throws {
        let plans = Section(heading: "Plans", body: """
            - When I open my laptop on Monday, I will send one application (2026-12-07)
            - When Sam replies, I will book a call
            - [x] When I finish lunch, I will update my portfolio (2026-12-07)
            - When it is Tuesday, I will rest (2026-12-08)
            """)
        let entries = try [
            reflection("2026-12-01T10:00:00+01:00", body: [plans]),
            reflection("2026-12-02T10:00:00+01:00", body: [Section(heading: "Plans", body: "- When a draft, I will not show (2026-12-07)")], status: "draft"),
        ]
        let due = Plans.due(in: entries, today: monday)
        #expect(due.map(\.note) == ["When I open my laptop on Monday, I will send one application",
                                    "When I finish lunch, I will update my portfolio"])
        #expect(due.map(\.isDone) == [false, true])
        #expect(due.allSatisfy { $0.plan != nil && $0.due == monday })
        #expect(Plans.due(in: entries, today: monday.adding(days: 2)).isEmpty)
    }

    @Test func markingChangesOnlyThatPlansLine() throws {
        let body = "Written by hand first.\n\n- When I open my laptop, I will send one application (2026-12-07)\n  * When it rains, I will read (2026-12-07)"
        let entry = try reflection("2026-12-01T10:00:00+01:00", body: [Section(heading: "Plans", body: body),
                                                                         Section(heading: "Lessons", body: "- breathe")]).entry
        let now = try timestamp("2026-12-07T20:00:00+01:00")
        let target = try #require(Plans.plans(of: entry).last)
        let marked = Plans.marking(entry, plan: target, done: true, at: now)
        #expect(marked.section("Plans")?.body == "Written by hand first.\n\n- When I open my laptop, I will send one application (2026-12-07)\n  * [x] When it rains, I will read (2026-12-07)")
        #expect(marked.section("Lessons") == entry.section("Lessons"))
        #expect(marked.updated == now)
        #expect(Plans.marking(marked, plan: target, done: false, at: now).section("Plans")?.body == body)
        // A plan edited away meanwhile leaves the entry untouched.
        let gone = IfThenPlan(text: "When pigs fly, I will", day: monday)
        #expect(Plans.marking(entry, plan: gone, done: true, at: now) == entry)
    }

    @Test func theReflectionSavesPlansAndNextTimeUnderTheirOwnHeadingsAndReadsThemBack() throws {
        let guide = Guide.builtIn()
        let steps = try #require(guide.steps.first { $0.id == "next-steps" })
        let closing = try #require(guide.steps.first { $0.id == "closing" })
        let planIndex = try #require(steps.prompts.firstIndex { $0.section == "Plans" })
        let nextIndex = try #require(closing.prompts.firstIndex { $0.section == "Next time" })
        var a = ReflectionAnswers()
        a.setText("next-steps", 0, "Go to the meetup")
        a.setText("next-steps", planIndex, "When I open my laptop on Monday, I will send one application (2026-12-07)\n\nWhen Sam replies, I will book a call")
        a.setText("closing", 0, "Well done")
        a.setText("closing", nextIndex, "Take a walk\nTell Sam")
        let t = try timestamp("2026-12-01T10:00:00+01:00")
        let e = ReflectionMapper.entry(from: a, guide: guide, id: EntryID.make(at: t, kind: .reflection), created: t, updated: t)
        #expect(e.section("Plans")?.body == "- When I open my laptop on Monday, I will send one application (2026-12-07)\n- When Sam replies, I will book a call")
        #expect(e.section("Next time")?.body == "- Take a walk\n- Tell Sam")
        // The step's own section no longer carries the plans, and needs no `### ` labels for one shared prompt.
        #expect(e.section("Next steps")?.body == "- Go to the meetup")
        #expect(e.section("A kind word")?.body.contains("Take a walk") == false)
        #expect(Plans.plans(of: e).first?.day == monday)
        #expect(SetbackPlan.items(of: e) == ["Take a walk", "Tell Sam"])

        let text = EntryCodec.encode(e)
        let back = try EntryCodec.decode(text)
        let (answers, _) = ReflectionMapper.answers(from: back, guide: guide)
        #expect(answers.text("next-steps", planIndex) == "When I open my laptop on Monday, I will send one application (2026-12-07)\nWhen Sam replies, I will book a call")
        #expect(answers.text("closing", nextIndex) == "Take a walk\nTell Sam")
        #expect(answers.text("closing", 0) == "Well done")
        #expect(answers.text("next-steps", 0) == "Go to the meetup")
        // Saving the resumed answers again changes nothing.
        #expect(ReflectionMapper.entry(from: answers, guide: guide, id: e.id, created: t, updated: t, keeping: back) == back)
    }

    @Test func aPromptSectionSurvivesTheGuideRoundTripAndMayNotReuseAHeading() throws {
        let guide = Guide.builtIn()
        #expect(try GuideParser.parse(GuideWriter.text(of: guide)) == guide)
        let clash = "# G\nname: g\n\n## One\nid: one\nsection: Notes\n\n### A (text)\nsection: Notes\nWhat?\n"
        #expect(throws: GuideError.self) { try GuideParser.parse(clash) }
        let empty = "# G\nname: g\n\n## One\nid: one\n\n### A (text)\nsection:\nWhat?\n"
        #expect(throws: GuideError.self) { try GuideParser.parse(empty) }
    }

    @Test func theNextReflectionFindsTheNewestSetbackPlan() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        _ = try store.create(try reflection("2026-11-01T10:00:00+01:00", body: [Section(heading: "Next time", body: "- old plan")]).entry)
        _ = try store.create(try reflection("2026-11-20T10:00:00+01:00", body: [Section(heading: "Next time", body: "- Take a walk\n- Tell Sam")]).entry)
        _ = try store.create(try reflection("2026-11-25T10:00:00+01:00", body: [Section(heading: "Lessons", body: "- none")]).entry)
        let indexed = try store.loadIndexed().entries
        let items = SetbackPlan.latest(store: store, indexed: indexed)
        #expect(items == ["Take a walk", "Tell Sam"])
        #expect(SetbackPlan.reminder(items) == "Last time you planned: Take a walk; Tell Sam.")
        #expect(SetbackPlan.reminder([]) == nil)
    }

    @Test func todaysPlansAreReadFromTheFilesThemselves() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        let saved = try store.create(try reflection("2026-12-01T10:00:00+01:00",
            body: [Section(heading: "Plans", body: "- When I open my laptop, I will send one application (2026-12-07)")]).entry)
        let indexed = try store.loadIndexed().entries
        let due = Plans.load(store: store, indexed: indexed, today: monday)
        #expect(due.map(\.note) == ["When I open my laptop, I will send one application"])
        #expect(due.first?.relativePath == saved.relativePath)
        // Plans of a reflection older than the look-back are not read.
        #expect(Plans.load(store: store, indexed: indexed, today: monday.adding(days: Plans.lookBackDays + 10)).isEmpty)
    }
}
