import Foundation
import Testing
@testable import JournalCore

@Suite("Entry codec")
struct CodecTests {
    // MARK: Program-written files

    @Test("program-written files rewrite to the same bytes", arguments: ["reflection-full.md", "checkin-full.md"])
    func programWrittenRoundTrip(name: String) throws {
        let text = try codecFixture(name)
        let entry = try decodeOrFail(text)
        #expect(EntryCodec.encode(entry) == text)
    }

    @Test func reflectionFixtureReadsEveryField() throws {
        let e = try decodeOrFail(try codecFixture("reflection-full.md"))
        #expect(e.id == EntryID("2026-11-27-1405-reflection-acme"))
        #expect(e.kind == .reflection)
        #expect(e.created == (try timestamp("2026-11-27T14:05:00+01:00")))
        #expect(e.updated.description == "2026-11-27T14:31:12+01:00")
        #expect(e.company == "Acme")
        #expect(e.role == "Backend Engineer")
        #expect(e.stage == .finalInterview)
        #expect(e.rejectedOn == LocalDay(year: 2026, month: 11, day: 26))
        #expect(e.delivery == "email from the recruiter")
        #expect(e.emotions == ["disappointed", "frustrated", "my own: hollow"])
        #expect(e.intensityBefore == 7 && e.intensityAfter == 5)
        #expect(e.goalApplications == 5 && e.goalContacts == 2)
        #expect(e.followUp == LocalDay(year: 2026, month: 12, day: 4))
        #expect(e.followUpNote == "ask Dana for feedback: what tipped it?")
        #expect(e.followUpDone == false)
        #expect(e.tags == ["rejection", "backend"])
        #expect(e.extraFields.isEmpty)
        #expect(e.title == "Acme, Backend Engineer")
        #expect(e.preamble == "Written the day after the call.")
        #expect(e.sections.map(\.heading) == ["The rejection", "Feelings", "Achievements", "Lessons", "Next steps"])
        #expect(e.achievements == [
            "Led the migration of the billing service to Postgres",
            "Got to the final round of a company I admire after three rounds of interviews",
        ])
        #expect(e.lessons == ["Prepare a system-design story with numbers", "Ask about the team's on-call rota earlier"])
    }

    @Test func checkinFixtureReadsEveryField() throws {
        let e = try decodeOrFail(try codecFixture("checkin-full.md"))
        #expect(e.kind == .checkin)
        #expect(e.created.utcOffset == -(5 * 3600 + 30 * 60))
        #expect(e.mood == 6 && e.energy == 4)
        #expect(e.sleepHours == 7.5)
        #expect(e.selfCare == ["exercise", "time with people", "reading: 20 pages"])
        #expect(e.wins == ["sent two applications", "called Sam, finally"])
        #expect(e.applications == 2 && e.contacts == 1 && e.learning == 1)
        #expect(e.title == nil)
        #expect(e.section("note")?.body.contains("雨の日でも大丈夫") == true)
    }

    /// An entry of `kind` with every field of that kind set, built in code.
    static func fullEntry(_ kind: EntryKind = .reflection) throws -> Entry {
        var e = Entry(id: EntryID("2026-11-27-1405-\(kind)-acme"), kind: kind,
                      created: try timestamp("2026-11-27T14:05:00+01:00"), updated: try timestamp("2026-11-27T15:00:59+01:00"))
        e.status = "draft"
        switch kind {
        case .reflection:
            e.company = "Acme: the \"real\" one"
            e.role = "Backend Engineer"
            e.stage = .interview
            e.rejectedOn = LocalDay(year: 2026, month: 11, day: 20)
            e.delivery = "call"
            e.emotions = ["sad", "angry, then numb", "[sic]"]
            e.intensityBefore = 10
            e.intensityAfter = 0
            e.goalApplications = 3
            e.goalContacts = 1
            e.followUp = LocalDay(year: 2026, month: 12, day: 1)
            e.followUpNote = "# not a comment"
            e.followUpDone = true
            e.applicationLink = "2026-11-01-0900-application-acme"
        case .checkin:
            e.mood = 1
            e.energy = 10
            e.sleepHours = 6.25
            e.selfCare = ["rest"]
            e.wins = ["yes", "007", "- dash"]
            e.applications = 0
            e.contacts = 4
            e.learning = 2
        case .application:
            e.company = "Acme: the \"real\" one"
            e.role = "Backend Engineer"
            e.stage = .interview
            e.source = "LinkedIn"
            e.link = "https://example.com/jobs/1?a=b#c"
            e.appliedOn = LocalDay(year: 2026, month: 11, day: 1)
            e.outcome = .declined
            e.nextAction = "no: really"
            e.nextActionOn = LocalDay(year: 2026, month: 12, day: 2)
            e.reflectionLink = "2026-11-27-1405-reflection-acme"
            e.people = ["Priya (recruiter)", "Sam, hiring manager"]
        case .note:
            e.exercise = "write-it-out"
            e.minutes = 12
            e.values = ["honesty", "craft"]
            e.intensityBefore = 7
            e.intensityAfter = 4
        }
        e.tags = ["rejection"]
        e.extraFields = [RawField(key: "playlist", text: "playlist: LinkedIn")]
        e.title = "Acme"
        e.preamble = "First words."
        e.sections = [Section(heading: "Feelings", body: "Line one\nLine two"), Section(heading: "Empty", body: "")]
        return e
    }

    @Test(arguments: EntryKind.allCases)
    func decodeOfEncodeIsIdentity(_ kind: EntryKind) throws {
        let e = try Self.fullEntry(kind)
        // Every field of the kind is set, so each of its rows is covered.
        for field in EntryFields.fields(for: kind) { #expect(field.isSet(in: e), "\(field.key)") }
        let text = EntryCodec.encode(e)
        #expect(try decodeOrFail(text) == e)
        // ... and writing again is stable.
        #expect(EntryCodec.encode(try decodeOrFail(text)) == text)
    }

    @Test func minimalEntryRoundTrips() throws {
        let e = Entry(id: EntryID("2026-01-01-0000-note"), kind: .note, created: try timestamp("2026-01-01T00:00:00Z"))
        let text = EntryCodec.encode(e)
        #expect(text == "---\nid: 2026-01-01-0000-note\nkind: note\ncreated: 2026-01-01T00:00:00+00:00\nupdated: 2026-01-01T00:00:00+00:00\n---\n")
        #expect(try decodeOrFail(text) == e)
    }

    // MARK: Strings that need care

    static let awkwardStrings: [String] = [
        "plain words", "key: value", "ends with colon:", "a # hash", "#hashtag", "- leading dash", "-", "--",
        "yes", "No", "on", "OFF", "y", "null", "~", "true", "007", "1e3", "0x1F", ".inf", "-.5", "1_000", "12:30",
        "2026-11-27", "\"quoted\"", "'single'", "it's", "back\\slash", "C:\\path\\to", "line\nbreak", "tab\there",
        "trailing space ", " leading space", "\ttab first", "bell\u{07}", "del\u{7F}", "nel\u{85}", "bom\u{FEFF}",
        "ls\u{2028}ps\u{2029}", "emoji 🎉👩‍💻", "漢字とかな", "Zoë café", "Zoe\u{308} cafe\u{301}", "[brackets]", "{braces}",
        "a, b", "&anchor", "*alias", "!tag", "|pipe", ">fold", "%percent", "@at", "`tick", "?question", ": colon first",
        "nbsp\u{A0}", "\u{3000}ideographic space", "", "   ",
    ]

    @Test("awkward strings survive a round trip as scalars and list items", arguments: awkwardStrings)
    func awkwardStringRoundTrip(text: String) throws {
        // Each field in the kind that reads it: a reflection's texts, a check-in's wins.
        var e = Entry(id: EntryID("2026-11-27-1405-reflection"), kind: .reflection, created: try timestamp("2026-11-27T14:05:00+01:00"))
        e.company = text
        e.delivery = "x" + text  // also not at the start
        e.tags = [text, "after"]
        var c = Entry(id: EntryID("2026-11-27-1405-checkin"), kind: .checkin, created: try timestamp("2026-11-27T14:05:00+01:00"))
        c.wins = [text]
        let decoded = try decodeOrFail(EntryCodec.encode(e))
        // An empty text is not written at all, so it reads back as nil.
        #expect(decoded.company == (text.isEmpty ? nil : text))
        #expect(decoded.delivery == "x" + text)
        #expect(decoded.tags == [text, "after"])
        #expect(try decodeOrFail(EntryCodec.encode(c)).wins == [text])
    }

    @Test func precomposedAndDecomposedTextStayAsWritten() throws {
        // Both spellings are kept byte for byte: normalising would change a person's file.
        let precomposed = "Zo\u{EB}", decomposed = "Zoe\u{308}"
        var e = Entry(id: EntryID("2026-11-27-1405-reflection"), kind: .reflection, created: try timestamp("2026-11-27T14:05:00Z"))
        e.company = precomposed
        e.role = decomposed
        e.setSection("Feelings", body: decomposed + " and " + precomposed)
        let text = EntryCodec.encode(e)
        let d = try decodeOrFail(text)
        #expect(Array(d.company!.utf8) == Array(precomposed.utf8))
        #expect(Array(d.role!.utf8) == Array(decomposed.utf8))
        #expect(Array(d.section("Feelings")!.body.utf8) == Array((decomposed + " and " + precomposed).utf8))
    }

    // MARK: Line endings, BOM, trailing newline

    @Test func crlfFileReadsLikeLF() throws {
        let lf = try codecFixture("reflection-full.md")
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(crlf.utf8.count > lf.utf8.count)
        let a = try decodeOrFail(lf), b = try decodeOrFail(crlf)
        #expect(a == b)
        #expect(b.achievements.count == 2)
        #expect(!b.sections.contains { $0.body.contains("\r") })
    }

    @Test func crlfHandEditedFileKeepsUnknownKeysWithoutCarriageReturns() throws {
        let crlf = try codecFixture("hand-edited.md").replacingOccurrences(of: "\n", with: "\r\n")
        let e = try decodeOrFail(crlf, fallbackID: EntryID("2026-10-02-1000-reflection"))
        #expect(e.extraFields.map(\.key).contains("contacts_list"))
        #expect(!e.extraFields.contains { $0.text.contains("\r") })
        #expect(e.tags == ["rejection", "long shot"])
    }

    @Test func noTrailingNewline() throws {
        let text = try codecFixture("checkin-full.md")
        let trimmed = String(text.dropLast())
        #expect(!trimmed.hasSuffix("\n"))
        #expect(try decodeOrFail(trimmed) == decodeOrFail(text))
        let headerOnly = "---\nkind: note\ncreated: 2026-01-01T10:00:00Z\n---"
        #expect(try decodeOrFail(headerOnly, fallbackID: EntryID("2026-01-01-1000-note")).sections.isEmpty)
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let text = try codecFixture("reflection-full.md")
        #expect(try decodeOrFail("\u{FEFF}" + text) == decodeOrFail(text))
    }

    @Test func emojiAndCJKInBodyAndFrontMatter() throws {
        let text = "---\nkind: reflection\ncreated: 2026-01-01T10:00:00Z\ncompany: 株式会社テスト 🚀\ntags: [希望, 🎉]\n---\n# 見出し 😊\n\n## 気持ち\n- 大丈夫 👍\n"
        let e = try decodeOrFail(text, fallbackID: EntryID("2026-01-01-1000-reflection"))
        #expect(e.company == "株式会社テスト 🚀")
        #expect(e.tags == ["希望", "🎉"])
        #expect(e.title == "見出し 😊")
        #expect(e.section("気持ち")?.bullets == ["大丈夫 👍"])
        #expect(try decodeOrFail(EntryCodec.encode(e)) == e)
    }

    // MARK: Hand-edited files

    @Test func handEditedFileKeepsUnknownKeysAndSections() throws {
        let text = try codecFixture("hand-edited.md")
        let e = try decodeOrFail(text, fallbackID: EntryID("2026-10-02-1000-reflection-globex"))
        #expect(e.id.rawValue == "2026-10-02-1000-reflection-globex")
        #expect(e.company == "Globex")
        #expect(e.tags == ["rejection", "long shot"])
        // `source` became a known key with applications: read as a value, written back all the same.
        #expect(e.source == "LinkedIn")
        #expect(e.extraFields.map(\.key) == ["#", "contacts_list", "salary", "notes"])
        try #require(e.extraFields.count == 4)
        #expect(e.extraFields[1].text == "contacts_list:\n  - Alice\n  - Bob")
        #expect(e.extraFields[2].text == "salary:\n  asked: 90000\n  offered: null")
        #expect(e.extraFields[3].text == "notes: |\n  first line\n  second line")
        #expect(e.preamble == "Some text before any heading.")
        #expect(e.sections.map(\.heading) == ["Lessons", "My own section", "Achievements"])
        #expect(e.lessons == ["Research the team first", "Ask better questions"])
        #expect(e.achievements == ["Passed the take-home"])

        // A rewrite keeps every unknown key, comment and section, with their words.
        var edited = e
        edited.mood = 5
        let rewritten = EntryCodec.encode(edited)
        for needle in ["# My own notes about this entry", "source: LinkedIn", "  - Alice", "  offered: null",
                       "notes: |\n  first line\n  second line", "## My own section", "Anything I like, kept as it is.",
                       "## Not a heading", "- not a bullet", "+ Research the team first"] {
            #expect(rewritten.contains(needle), "lost \(needle)")
        }
        let again = try decodeOrFail(rewritten)
        #expect(again.mood == 5)
        #expect(again.extraFields == e.extraFields)
        #expect(again.sections == e.sections)
        #expect(EntryCodec.encode(again) == rewritten)
    }

    @Test func commentsUnderKnownKeysSurviveARewrite() throws {
        let text = "---\nkind: checkin\n# why I wrote this\ncreated: 2026-01-01T10:00:00Z\nmood: 5\n---\n"
        let e = try decodeOrFail(text, fallbackID: EntryID("2026-01-01-1000-checkin"))
        #expect(e.mood == 5)
        let rewritten = EntryCodec.encode(e)
        #expect(rewritten.contains("# why I wrote this\n"))
        #expect(EntryCodec.encode(try decodeOrFail(rewritten)) == rewritten)
    }

    @Test func reorderedAndMissingSectionsStillRead() throws {
        let text = """
            ---
            kind: reflection
            created: 2026-11-27T14:05:00+01:00
            ---
            ## Lessons
            - Ask for the salary range first

            ## Feelings
            Tired.

            ## achievements
            - Shipped the thing
            """
        let e = try decodeOrFail(text, fallbackID: EntryID("2026-11-27-1405-reflection"))
        #expect(e.title == nil)
        #expect(e.preamble.isEmpty)
        #expect(e.lessons == ["Ask for the salary range first"])
        #expect(e.achievements == ["Shipped the thing"])  // headings match case-insensitively
        #expect(e.section("Next steps") == nil)
        #expect(e.displayTitle == "Reflection")
    }

    @Test func headingsInsideCodeFencesAreNotSections() throws {
        let text = """
            ---
            kind: note
            created: 2026-11-27T14:05:00+01:00
            ---
            ## Notes
            ```markdown
            ## Inside backticks
            ```
            ~~~
            ## Inside tildes
            ```
            ## Still inside: a backtick fence does not close a tilde one
            ~~~
            ## Real
            text
            """
        let e = try decodeOrFail(text, fallbackID: EntryID("2026-11-27-1405-note"))
        #expect(e.sections.map(\.heading) == ["Notes", "Real"])
        #expect(e.section("Notes")!.body.contains("## Inside tildes"))
        #expect(try decodeOrFail(EntryCodec.encode(e)) == e)
    }

    // MARK: Bullets

    @Test(arguments: [
        ("- one\n- two", ["one", "two"]),
        ("* one\n+ two\n- three", ["one", "two", "three"]),
        ("- first line\n  continues here\n- second", ["first line continues here", "second"]),
        ("-\ttab after marker", ["tab after marker"]),
        ("Intro paragraph.\n\n- item", ["item"]),
        ("```\n- fenced\n```\n- real", ["real"]),
        ("~~~\n* fenced\n~~~\n* real", ["real"]),
        ("- a\n* * *\n- b", ["a", "b"]),
        ("-not a bullet\n- \n- ok", ["ok"]),
        ("  - indented item", ["indented item"]),
        ("- one\r\n- two\r\n", ["one", "two"]),
        ("", []),
    ] as [(String, [String])])
    func bullets(body: String, expected: [String]) {
        #expect(Section(heading: "Achievements", body: body).bullets == expected)
    }

    @Test func achievementsAndLessonsFromBody() throws {
        let text = "---\nkind: reflection\ncreated: 2026-11-27T14:05:00+01:00\n---\n## Achievements\n* Did A\n+ Did B\n\n## Lessons\n- Learnt C\n  and D\n"
        let e = try decodeOrFail(text, fallbackID: EntryID("2026-11-27-1405-reflection"))
        #expect(e.achievements == ["Did A", "Did B"])
        #expect(e.lessons == ["Learnt C and D"])
    }

    // MARK: Section editing

    @Test func setSectionAddsReplacesAndRemoves() throws {
        var e = Entry(id: EntryID("2026-11-27-1405-note"), kind: .note, created: try timestamp("2026-11-27T14:05:00Z"))
        e.setSection("Feelings", body: "\n\nsad\n\n")
        #expect(e.sections == [Section(heading: "Feelings", body: "sad")])
        e.setSection("feelings", body: "better")
        #expect(e.sections == [Section(heading: "Feelings", body: "better")])
        e.setSection("Feelings", body: "  \n")
        #expect(e.sections.isEmpty)
    }

    @Test func displayTitle() throws {
        var e = Entry(id: EntryID("2026-11-27-1405-reflection"), kind: .reflection, created: try timestamp("2026-11-27T14:05:00Z"))
        #expect(e.displayTitle == "Reflection")
        e.title = "My title"
        #expect(e.displayTitle == "My title")
        e.company = "Acme"
        #expect(e.displayTitle == "Acme")
        e.role = "Engineer"
        #expect(e.displayTitle == "Acme, Engineer")
    }
}
