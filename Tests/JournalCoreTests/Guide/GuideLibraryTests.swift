import Foundation
import Testing
@testable import JournalCore

@Suite("Guides as a set")
struct GuideLibraryTests {
    @Test(arguments: BuiltInGuides.files.map(\.name))
    func eachBuiltInGuideParsesAndRoundTrips(name: String) throws {
        let text = try #require(BuiltInGuides.text(of: name))
        let guide = try GuideParser.parse(text, defaultName: "wrong-default")
        #expect(guide.name == name, "the file's own name: line wins over its default")
        #expect(!guide.title.isEmpty && !guide.about.isEmpty)
        #expect((guide.minutes ?? 0) > 0)
        #expect(!guide.steps.isEmpty)
        let written = GuideWriter.text(of: guide)
        let again = try GuideParser.parse(written, defaultName: "other")
        #expect(again == guide)
        #expect(GuideWriter.text(of: again) == written)
    }

    @Test func theLibraryOffersTheReflectionFirstThenTheThreeExercises() {
        let library = GuideLibrary.builtIn
        #expect(library.reflection.title == "After a rejection")
        #expect(library.reflection.steps.count == 10)
        #expect(library.exercises.map(\.name) == ["write-it-out", "what-matters", "kinder-letter"])
        #expect(Guide.builtIn() == library.reflection)
    }

    @Test func writeItOutAsksTheStrengthBeforeAndAfterAndTimesTheWriting() throws {
        let guide = try #require(GuideLibrary.builtIn.guide(named: "write-it-out"))
        #expect(guide.steps.map(\.input) == [.strength, .prompts, .closing])
        #expect(guide.steps.compactMap(\.timerMinutes) == [15])
        #expect(guide.steps[1].prompts.count == 1, "one open prompt")
        let values = try #require(GuideLibrary.builtIn.guide(named: "what-matters"))
        #expect(values.steps.first?.input == .values)
    }

    @Test func ownGuidesReplaceByNameOrAreAddedAfterTheBuiltInOnes() throws {
        let own = try GuideParser.parse("# My way of writing\nname: write-it-out\nminutes: 5\n\n## Go\nid: go\n\n### It (text)\nWrite.\n")
        let walk = try GuideParser.parse("# A walk\n\n## Out\nid: out\n\n### Where (text)\nWhere to?\n", defaultName: "walk")
        let library = GuideLibrary.builtIn.replacing(with: [own, walk])
        #expect(library.guides.map(\.name) == ["reflection", "write-it-out", "what-matters", "kinder-letter", "walk"])
        #expect(library.guide(named: "write-it-out")?.title == "My way of writing")
        #expect(library.guide(named: "walk")?.minutes == nil)
        // A set given without a reflection still has one.
        #expect(GuideLibrary(guides: [walk]).reflection == GuideLibrary.builtIn.reflection)
    }

    @Test func anIntroLineWithAColonUnderTheTitleIsNotASetting() throws {
        let guide = try GuideParser.parse("# Mine\nNote: this is mine.\n\n## S\nid: s\n\n### P (text)\nQ?\n")
        #expect(guide.intro == "Note: this is mine.")
        #expect(guide.name == "reflection")
    }

    @Test(arguments: [
        ("# G\nminutes: 0\n\n## S\nid: s\n", "line 2: `minutes: 0` is not a number of minutes from 1 to 600"),
        ("# G\nname: Not A Name\n\n## S\nid: s\n", "line 2: the name `Not A Name` should be lower-case letters, digits and dashes"),
        ("# G\n\n## S\nid: s\ntimer: soon\n", "line 3: the step \"S\" has `timer: soon`, which is not a number of minutes from 1 to 180"),
        ("# G\n\n## S\nid: s\ninput: dance\n", "line 3: the step \"S\" has `input: dance`, which is not one of rejection, emotions, strength, values, prompts, achievements, goals, closing"),
    ])
    func aBadSettingNamesItsLine(text: String, message: String) {
        #expect(throws: GuideError.self) { try GuideParser.parse(text) }
        do { _ = try GuideParser.parse(text) } catch { #expect(error.description == message) }
    }

    @Test func anExerciseIsSavedAsANoteNamingItAndReadBackWhole() throws {
        let guide = try #require(GuideLibrary.builtIn.guide(named: "what-matters"))
        var a = ReflectionAnswers()
        a.values = ["honesty", "my own word"]
        a.setText("why", 0, "Because it is how I work.")
        a.setText("lived", 0, "Told the truth about a delay.")
        a.minutes = 12
        let created = try #require(LocalTimestamp(parsing: "2026-11-27T14:05:00+01:00"))
        let id = EntryID.make(at: created, kind: .note, slugSource: guide.name)
        let entry = ReflectionMapper.entry(from: a, guide: guide, id: id, created: created, updated: created)
        #expect(entry.kind == .note && entry.exercise == "what-matters" && entry.title == "What matters to me")
        #expect(entry.tags.isEmpty && entry.rejectedOn == nil)
        let text = EntryCodec.encode(entry)
        #expect(text.contains("exercise: what-matters\n"))
        #expect(text.contains("minutes: 12\n"))
        #expect(text.contains("values: [honesty, my own word]\n"))
        #expect(text.contains("## Why they matter\nBecause it is how I work."))
        let decoded = try EntryCodec.decode(text)
        #expect(decoded == entry)
        let (back, _) = ReflectionMapper.answers(from: decoded, guide: guide)
        #expect(back == a)
        #expect(id.rawValue == "2026-11-27-1405-note-what-matters")
    }
}
