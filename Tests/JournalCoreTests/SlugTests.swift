import Testing
@testable import JournalCore

@Suite("Slugs and ids")
struct SlugTests {
    @Test(arguments: [
        ("Acme", "acme"),
        ("Café Ünïcorn Ltd.", "cafe-unicorn-ltd"),
        ("Cafe\u{301} decomposed", "cafe-decomposed"),
        ("  --Big   Co!!  ", "big-co"),
        ("ＦＵＬＬ Width", "full-width"),
        ("Straße", "strasse"),
        ("Øresund Æble Łódź", "oresund-aeble-lodz"),
        ("株式会社", ""),
        ("🎉", ""),
        ("", ""),
        ("R&D / Q4 2026", "r-d-q4-2026"),
    ])
    func slug(text: String, expected: String) {
        #expect(Slug.make(text) == expected)
    }

    @Test func slugIsShortAndNeverEndsInADash() {
        let s = Slug.make(String(repeating: "word ", count: 40))
        #expect(s.count <= 40)
        #expect(!s.hasSuffix("-") && !s.hasPrefix("-"))
        #expect(Slug.make("abc def", maxLength: 4) == "abc")
        #expect(Slug.make("abc def", maxLength: 5) == "abc-d")
    }

    @Test func idsFromTimeKindAndSlug() throws {
        let t = try timestamp("2026-03-04T05:06:00+01:00")
        #expect(EntryID.make(at: t, kind: .reflection, slugSource: "Acme Corp").rawValue == "2026-03-04-0506-reflection-acme-corp")
        #expect(EntryID.make(at: t, kind: .checkin).rawValue == "2026-03-04-0506-checkin")
        #expect(EntryID.make(at: t, kind: .note, slugSource: "株式会社").rawValue == "2026-03-04-0506-note")
        #expect(EntryID.make(at: t, kind: .reflection, slugSource: String(repeating: "x", count: 200)).isWellFormed)
    }

    @Test(arguments: [
        ("2026-11-27-1405-checkin", true), ("2026-11-27-1405-reflection-acme-2", true), ("../../etc/passwd", false),
        ("2026-11-27-1405-Checkin", false), ("2026-11-27 1405", false), ("short", false), ("2026-11-27-1405-note.md", false),
    ])
    func wellFormedIds(id: String, ok: Bool) {
        #expect(EntryID(id).isWellFormed == ok)
    }
}
