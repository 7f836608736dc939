import Testing
@testable import JournalCore

@Suite("Front matter: errors and values")
struct FrontMatterTests {
    static let head = "---\nkind: note\ncreated: 2026-11-27T14:05:00+01:00\n"

    /// Checks that decoding fails on `line` with a reason that mentions every word in `mentions`.
    func expectError(_ text: String, line: Int?, mentions: [String], fallbackID: EntryID? = EntryID("2026-11-27-1405-note"),
                     sourceLocation: SourceLocation = #_sourceLocation) {
        guard let error = decodeError(text, fallbackID: fallbackID, sourceLocation: sourceLocation) else { return }
        #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
        for word in mentions {
            #expect(error.reason.localizedLowercase.contains(word.lowercased()), "\"\(error.reason)\" should mention \(word)", sourceLocation: sourceLocation)
        }
        // One readable sentence: no Swift type dumps or multi-line Yams output.
        #expect(!error.description.contains("\n"), sourceLocation: sourceLocation)
        #expect(!error.description.contains("YamlError"), sourceLocation: sourceLocation)
    }

    @Test func unclosedFlowList() {
        expectError(Self.head + "tags: [a, b\n---\n", line: 4, mentions: ["tags", "not valid YAML"])
    }

    @Test func badIndentation() {
        expectError(Self.head + "extra:\n  a: 1\n b: 2\n---\n", line: 6, mentions: ["extra", "not valid YAML"])
    }

    @Test func tabIndentation() {
        expectError(Self.head + "extra:\n\t- a\n---\n", line: 5, mentions: ["extra"])
    }

    @Test func duplicateKey() {
        expectError(Self.head + "mood: 4\nmood: 5\n---\n", line: 5, mentions: ["mood", "twice"])
    }

    @Test func duplicateNestedKeyIsReportedNotSilentlyDropped() {
        // Yams points at the mapping that holds the duplicate.
        expectError(Self.head + "extra:\n  a: 1\n  a: 2\n---\n", line: 5, mentions: ["extra"])
    }

    @Test func lineThatIsNotAKey() {
        expectError(Self.head + "just some words\n---\n", line: 4, mentions: ["key: value", "just some words"])
    }

    @Test func indentedFirstLine() {
        expectError("---\n  kind: note\n---\n", line: 2, mentions: ["indented"])
    }

    @Test func frontMatterNeverClosed() {
        expectError(Self.head + "mood: 5\n# Title\n", line: nil, mentions: ["never closed"])
    }

    @Test(arguments: ["# Just markdown\n", "", "\n---\nkind: note\n---\n", "kind: note\n"])
    func noFrontMatter(text: String) {
        expectError(text, line: 1, mentions: ["front matter"])
    }

    @Test(arguments: [
        ("mood: 11", 4, ["mood", "11", "1 to 10"]),
        ("mood: 0", 4, ["mood", "1 to 10"]),
        ("mood: 6.5", 4, ["mood", "whole number"]),
        ("energy: lots", 4, ["energy", "lots"]),
        ("intensity_before: -1", 4, ["intensity_before", "0 to 10"]),
        ("sleep_hours: 25", 4, ["sleep_hours", "0 to 24"]),
        ("sleep_hours: many", 4, ["sleep_hours", "number"]),
        ("stage: hired", 4, ["stage", "hired", "final-interview"]),
        ("follow_up: next week", 4, ["follow_up", "date"]),
        ("rejected_on: 2026-02-30", 4, ["rejected_on", "date"]),
        ("follow_up_done: maybe", 4, ["follow_up_done", "true or false"]),
        ("company: [a, b]", 4, ["company", "single value"]),
        ("company:\n  name: Acme", 4, ["company", "single value"]),
        ("tags: {a: 1}", 4, ["tags", "list"]),
        ("updated: soon", 4, ["updated", "date and time"]),
    ] as [(String, Int, [String])])
    func invalidValues(line: String, at: Int, mentions: [String]) {
        expectError(Self.head + line + "\n---\n", line: at, mentions: mentions)
    }

    @Test func invalidKind() {
        expectError("---\nkind: diary\ncreated: 2026-11-27T14:05:00Z\n---\n", line: 2, mentions: ["kind", "diary", "reflection, checkin, note or application"])
    }

    @Test func invalidCreated() {
        expectError("---\nkind: note\ncreated: yesterday\n---\n", line: 3, mentions: ["created", "yesterday", "date and time"])
    }

    @Test func missingRequiredKeys() {
        expectError("---\ncreated: 2026-11-27T14:05:00Z\n---\n", line: nil, mentions: ["kind"])
        expectError("---\nkind: note\n---\n", line: nil, mentions: ["created"])
        expectError("---\nkind: note\ncreated: 2026-11-27T14:05:00Z\n---\n", line: nil, mentions: ["id"], fallbackID: nil)
    }

    // MARK: Values read the way a person wrote them

    @Test func yamlStylesForKnownKeys() throws {
        let text = Self.head + """
            company: 'Acme ''Labs'''
            role: "Senior \\u00e9ngineer\\tX"
            delivery: >-
              a long
              folded line
            emotions:
              - sad
              - "angry: very"
            tags: []
            mood: "7"
            sleep_hours: 8
            follow_up_done: yes
            follow_up: 2026-12-04T09:00:00+01:00
            status: ~
            ---

            """
        let e = try decodeOrFail(text, fallbackID: EntryID("2026-11-27-1405-note"))
        #expect(e.company == "Acme 'Labs'")
        #expect(e.role == "Senior \u{e9}ngineer\tX")
        #expect(e.delivery == "a long folded line")
        #expect(e.emotions == ["sad", "angry: very"])
        #expect(e.tags == [])
        #expect(e.mood == 7)
        #expect(e.sleepHours == 8)
        #expect(e.followUpDone == true)
        #expect(e.followUp == LocalDay(year: 2026, month: 12, day: 4))
        #expect(e.status == nil)
    }

    @Test func inlineCommentsAndDesignDocExample() throws {
        // The reflection example of the format, comments and all.
        let text = """
            ---
            id: 2026-11-27-1405-reflection-acme
            kind: reflection            # reflection | checkin | note
            created: 2026-11-27T14:05:00+01:00
            updated: 2026-11-27T14:31:12+01:00
            company: Acme
            role: Backend Engineer
            stage: final-interview      # applied | screen | interview | final-interview | offer
            emotions: [disappointed, frustrated]
            intensity_before: 7         # 0-10, how strongly they feel it at the start
            intensity_after: 5          # ... and at the end of the session
            tags: [rejection]
            ---
            # Acme, Backend Engineer

            ## Feelings
            ...
            ## Achievements
            - Led the migration of ...
            ## Lessons
            - Prepare a system-design story ...
            """
        let e = try decodeOrFail(text)
        #expect(e.kind == .reflection)
        #expect(e.stage == .finalInterview)
        #expect(e.intensityBefore == 7 && e.intensityAfter == 5)
        #expect(e.achievements == ["Led the migration of ..."])
        #expect(e.lessons == ["Prepare a system-design story ..."])
    }

    @Test func dotsCloseFrontMatterToo() throws {
        let e = try decodeOrFail(Self.head + "...\nbody\n", fallbackID: EntryID("2026-11-27-1405-note"))
        #expect(e.preamble == "body")
    }

    @Test func unknownKeyKindsArePreservedVerbatim() throws {
        let extras = [
            "scalar: 42",
            "block:\n  - one\n  - two",
            "nested:\n  inner:\n    deep: [1, 2]",
            "poem: |\n  roses\n\n  violets",
            "quoted: \"a: b # c\"",
            "with-dash.and_dot: x",
        ]
        let text = Self.head + extras.joined(separator: "\n") + "\n---\n## Unknown section\nkept\n"
        let e = try decodeOrFail(text, fallbackID: EntryID("2026-11-27-1405-note"))
        #expect(e.extraFields.map(\.text) == extras)
        #expect(e.extraFields.map(\.key) == ["scalar", "block", "nested", "poem", "quoted", "with-dash.and_dot"])
        var changed = e
        changed.mood = 3
        changed.setSection("Feelings", body: "ok")
        let rewritten = EntryCodec.encode(changed)
        for x in extras { #expect(rewritten.contains(x + "\n")) }
        #expect(rewritten.contains("## Unknown section\nkept"))
        let back = try decodeOrFail(rewritten)
        #expect(back.extraFields == e.extraFields)
        #expect(back.mood == 3)
    }
}
