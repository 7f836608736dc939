import Foundation
import Testing
@testable import JournalCore

@Suite("Quick notes")
struct QuickNoteTests {
    static let at = LocalTimestamp(day: LocalDay(year: 2026, month: 11, day: 27), hour: 14, minute: 5, utcOffset: 3600)

    @Test func aShortFirstLineIsTheTitle() throws {
        let e = try #require(QuickNote.entry(text: "\n  Coffee with Sam \n\nIt went well.\n", created: Self.at))
        #expect(e.kind == .note)
        #expect(e.title == "Coffee with Sam")
        #expect(e.preamble == "It went well.")
        #expect(e.id.rawValue == "2026-11-27-1405-note-coffee-with-sam")
        #expect(QuickNote.text(of: e) == "Coffee with Sam\n\nIt went well.")
    }

    @Test func aLongLineOrASectionStaysInTheBody() throws {
        let long = String(repeating: "word ", count: 30)
        let e = try #require(QuickNote.entry(text: long, created: Self.at))
        #expect(e.title == nil)
        #expect(e.preamble.trimmingCharacters(in: .whitespaces) == long.trimmingCharacters(in: .whitespaces))
        let sectioned = try #require(QuickNote.entry(text: "## Plans\n- rest", created: Self.at))
        #expect(sectioned.title == nil)
        #expect(e.displayTitle == "Note")
    }

    @Test func blankTextIsNoNote() {
        #expect(QuickNote.entry(text: "", created: Self.at) == nil)
        #expect(QuickNote.entry(text: " \n\t\n", created: Self.at) == nil)
    }

    @Test func itSurvivesTheCodec() throws {
        let e = try #require(QuickNote.entry(text: "# Déçu\nbut ## not a heading\n\n## Next\n- rest", created: Self.at))
        let decoded = try EntryCodec.decode(EntryCodec.encode(e), fallbackID: e.id)
        #expect(decoded.title == "Déçu")
        #expect(decoded.section("Next")?.bullets == ["rest"])
        #expect(QuickNote.text(of: decoded) == "Déçu\n\nbut ## not a heading\n\n## Next\n- rest")
    }
}
