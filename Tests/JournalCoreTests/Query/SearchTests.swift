import Testing
@testable import JournalCore

@Suite("Search")
struct SearchTests {
    private func run(_ words: String...) throws -> [SearchResult] {
        let store = try QueryFixture.store()
        return Search(words).run(in: try store.load(), store: store)
    }

    @Test func ignoresAsciiCase() throws {
        let results = try run("POSTGRES")
        #expect(results.map(\.entry.id.rawValue) == ["2026-11-27-1405-reflection-acme"])
        #expect(results.first?.snippet.contains("Postgres") == true)
    }

    @Test func everyWordMustOccurSomewhereInTheFile() throws {
        #expect(try run("applications", "river").map(\.entry.id.rawValue) == ["2026-11-29-2130-checkin"])
        #expect(try run("applications", "banana").isEmpty)
        // Words may be given in one argument too.
        #expect(try run("internal candidate").count == 1)
    }

    @Test func frontMatterCounts() throws {
        #expect(try run("final-interview").map(\.entry.id.rawValue) == ["2026-11-27-1405-reflection-acme"])
        #expect(try run("songs for bad days").count == 1)  // an unknown key
    }

    /// Key names and the lines onward writes itself are not the person's words: `created` or
    /// `kind` must not list every entry, while the values a person wrote stay searchable.
    @Test func keyNamesAndOnwardsOwnLinesAreNotSearched() throws {
        let search = Search(["created"])
        let file = Array("---\nid: 2026-11-27-1405-note-created\nkind: note\ncreated: 2026-11-27T14:05:00+01:00\nstatus: draft\ncompany: Acme\ntags: [portfolio]\n---\nA quiet day.\n".utf8)
        #expect(search.snippet(in: file) == nil)
        for word in ["kind", "note", "status", "draft", "company", "tags", "2026"] {
            #expect(Search([word]).snippet(in: file) == nil, "\(word)")
        }
        #expect(Search(["acme"]).snippet(in: file) != nil)
        #expect(Search(["portfolio"]).snippet(in: file) != nil)
        #expect(Search(["quiet"]).snippet(in: file) != nil)
        let body = Array("---\nkind: note\ncreated: 2026-11-27T14:05:00+01:00\n---\nI created a portfolio, café and all.\n".utf8)
        #expect(Search(["created"]).snippet(in: body)?.contains("I created a portfolio") == true)
        #expect(Search(["created", "cafe"]).snippet(in: body) != nil)
        #expect(try run("created").allSatisfy { $0.snippet.lowercased().contains("created") })
    }

    @Test func unicodeWordsIgnoreCaseToo() throws {
        #expect(try run("Déçu").map(\.entry.id.rawValue) == ["2026-11-27-1405-reflection-acme"])
        #expect(try run("DÉÇU").count == 1)
        let cjk = try run("面接")
        #expect(cjk.map(\.entry.id.rawValue) == ["2026-12-03-1800-note-coffee-with-sam"])
        #expect(cjk.first?.snippet.hasPrefix("Sam thinks the 面接 process") == true)
    }

    @Test func snippetPrefersTheBodyAndIsOneTidyLine() throws {
        // "applications" is in `wins:` first, but the body line reads better.
        let result = try #require(try run("applications").first)
        #expect(result.snippet == "Ran along the river. Applications went to Globex and Initech.")
        #expect(!result.snippet.contains("\n"))
    }

    @Test func crlfFileReadsWithoutCarriageReturns() throws {
        let result = try #require(try run("live coding").first)
        #expect(result.snippet == "- Practise live coding out loud")
    }

    @Test func snippetOfALongLineKeepsTheMatchInView() {
        let filler = String(repeating: "word ", count: 40)
        let text = "---\nkind: note\ncreated: 2026-01-01\n---\n" + filler + "NEEDLE here" + " \u{1B}[31m" + filler
        let snippet = Search(["needle"]).snippet(in: Array(text.utf8))
        let s = try! #require(snippet)
        #expect(s.hasPrefix("…"))
        #expect(s.hasSuffix("…"))
        #expect(s.contains("NEEDLE here"))
        #expect(DisplayWidth.of(s) <= 80)
        #expect(!s.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func emptyQueryFindsNothing() throws {
        #expect(Search(["  "]).isEmpty)
        #expect(try run("").isEmpty)
    }

    @Test func byteScanAgreesWithFoundation() {
        let hay = Array("abcabcabd".utf8)
        #expect(ByteScan.firstOffset(of: Array("abd".utf8), in: hay) == 6)
        #expect(ByteScan.firstOffset(of: Array("abc".utf8), in: hay, from: 1) == 3)
        #expect(ByteScan.firstOffset(of: Array("abcx".utf8), in: hay) == nil)
        #expect(ByteScan.firstOffset(of: Array("d".utf8), in: hay, from: 9) == nil)
        #expect(ByteScan.asciiLowercased(Array("ÀBc".utf8)) == Array("Àbc".utf8))
    }
}
