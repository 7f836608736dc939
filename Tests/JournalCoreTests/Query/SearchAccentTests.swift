import Testing
@testable import JournalCore

/// Search ignores accents as well as case, on both sides, and still shows the words as written.
@Suite("Search ignores accents")
struct SearchAccentTests {
    private func doc(_ body: String) -> [UInt8] {
        Array("---\nid: x\nkind: note\ncreated: 2026-11-27T14:05:00+01:00\n---\n# A note\n\n\(body)\n".utf8)
    }

    @Test(arguments: [
        ("cafe", "Coffee at the Café Müller"),
        ("resume", "Sent my résumé again"),
        ("RÉSUMÉ", "updated the resume today"),
        ("muller", "Coffee at the Café Müller"),
        ("strasse", "an office on the Hauptstraße"),
        ("zurich", "a team in ZÜRICH"),
        ("lodz", "the office in Łódź"),
        ("cafe", "caf\u{65}\u{301} written with a combining accent"),
        ("déçu", "je suis decu"),
    ])
    func findsTheWordWhateverItsAccents(word: String, text: String) throws {
        let snippet = try #require(Search([word]).snippet(in: doc(text)), "\(word) in \(text)")
        #expect(snippet == text)  // the snippet keeps the accents as written
    }

    @Test func differentLettersStillDiffer() {
        #expect(Search(["cafe"]).snippet(in: doc("a cage and a safe")) == nil)
        #expect(Search(["resume"]).snippet(in: doc("résister")) == nil)
        #expect(Search(["cafe", "banana"]).snippet(in: doc("Café")) == nil)  // every word must be there
    }

    @Test func theMatchIsMappedBackToTheOriginalBytes() throws {
        // The match is far into a long line: the cut must fall around the accented word itself.
        let line = String(repeating: "é", count: 200) + " then the word Résumé and then " + String(repeating: "ü", count: 200)
        let snippet = try #require(Search(["resume"]).snippet(in: doc(line)))
        #expect(snippet.contains("Résumé"))
        #expect(snippet.hasPrefix("…"))
        #expect(!snippet.hasPrefix("……"))
    }

    @Test func foldingKeepsOffsetsAndOtherScripts() {
        var offsets: [Int] = []
        let bytes = Array("Aß面é".utf8)
        let folded = ByteScan.searchFolded(bytes, offsets: &offsets)
        #expect(String(decoding: folded, as: UTF8.self) == "ass面e")
        #expect(offsets.count == folded.count + 1)
        #expect(offsets.first == 0 && offsets[1] == 1 && offsets[2] == 1)  // both s from ß at byte 1
        #expect(offsets.last == bytes.count)
        #expect(ByteScan.asciiLowercasedNotingNonASCII(Array("Plain".utf8)) == (Array("plain".utf8), false))
        #expect(ByteScan.asciiLowercasedNotingNonASCII(Array("Zoë".utf8)).nonASCII)
    }

    @Test func theCorpusAgreesWithSearch() {
        let texts = ["Café Müller", "plain cafe", "RÉSUMÉ", "nothing here", "面接 café"]
        let corpus = SearchCorpus(documents: texts.map(doc))
        for query in ["cafe", "resume", "CAFÉ", "面接", "muller cafe", "zzz"] {
            let search = Search(query: query)
            let expected = texts.indices.filter { search.snippet(in: doc(texts[$0])) != nil }
            #expect(corpus.matches(search) == expected, "\(query)")
        }
        #expect(corpus.matches(Search(query: "cafe")) == [0, 1, 4])
    }
}
