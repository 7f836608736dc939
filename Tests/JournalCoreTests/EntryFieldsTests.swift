import Foundation
import Testing
@testable import JournalCore

/// Every row of the field table, driven through every format that walks it: a new row that
/// one format forgets fails here rather than drifting apart in a journal.
@Suite("Entry fields table")
struct EntryFieldsTests {
    /// A value for `field` as a person would write it, different from "unset".
    private func sample(_ field: EntryField) -> (yaml: String, display: String) {
        switch field.shape {
        case .text: return ("Plain words", "Plain words")
        case .whole(let r): return (String(r.upperBound), String(r.upperBound))
        case .number(let r): return (YAMLWriter.number(r.upperBound - 0.5), YAMLWriter.number(r.upperBound - 0.5))
        case .flag: return ("true", "yes")
        case .day: return ("2026-12-04", "2026-12-04")
        case .list: return ("[one, two words]", "one, two words")
        case .choice(let words): return (words.last!, words.last!)
        }
    }

    private func entry(with field: EntryField, _ yaml: String, kind: EntryKind) throws -> Entry {
        let text = "---\nid: 2026-12-01-0900-\(kind)\nkind: \(kind)\ncreated: 2026-12-01T09:00:00+01:00\n\(field.key): \(yaml)\n---\n"
        return try decodeOrFail(text)
    }

    /// Every row in every kind it belongs to, as "key@kind".
    static let rowsByKind: [String] = EntryFields.all.flatMap { row in row.kinds.map { "\(row.key)@\($0)" } }.sorted()

    @Test(arguments: rowsByKind)
    func everyFormatCarriesTheField(_ row: String) throws {
        let parts = row.split(separator: "@").map(String.init)
        let (key, kind) = (parts[0], try #require(EntryKind(rawValue: parts[1])))
        let field = try #require(EntryFields.field(key, kind: kind))
        #expect(field.key == key && field.kinds.contains(kind))
        let value = sample(field)
        let e = try entry(with: field, value.yaml, kind: kind)
        #expect(e.extraFields.isEmpty, "a declared key must not be kept as an unknown one")
        #expect(field.text(of: e) == value.display)

        // Front matter: written back under its key, and read back equal.
        let written = EntryCodec.encode(e)
        #expect(written.contains("\n\(key): "))
        #expect(try decodeOrFail(written) == e)

        // Index: the record keeps it.
        let stored = StoredEntry(entry: e, relativePath: "entries/2026/12/2026-12-01-0900-\(kind).md", size: 1, modified: 2)
        let decoded = try IndexFileFormat.decode(IndexFileFormat.encode([stored]))
        #expect(decoded.first?.entry == e)

        // JSON: listed fields appear under their key and read back equal.
        let json = JSONOutput.encode(EntrySummaryJSON(stored))
        #expect(json.contains("\"\(key)\"") == (field.listing != .never))
        let back = try JSONDecoder().decode(EntrySummaryJSON.self, from: Data(json.utf8))
        #expect(back == EntrySummaryJSON(stored))
    }

    @Test(arguments: EntryKind.allCases)
    func unsetFieldsAreLeftOutEverywhere(_ kind: EntryKind) throws {
        let e = Entry(id: EntryID("2026-12-01-0900-\(kind)"), kind: kind, created: try timestamp("2026-12-01T09:00:00+01:00"))
        for field in EntryFields.all {
            #expect(!field.isSet(in: e), "\(field.key)")
            #expect(field.yaml(e) == nil, "\(field.key)")
        }
        let stored = StoredEntry(entry: e, relativePath: "entries/x.md", size: 0, modified: 0)
        #expect(EntrySummaryJSON(stored).fields.keys.sorted() == EntryFields.fields(for: kind).filter { $0.listing == .always }.map(\.key))
    }

    @Test func noKindHasTwoRowsOfOneKeyAndNoKeyIsAHeaderKey() {
        for kind in EntryKind.allCases {
            let keys = EntryFields.fields(for: kind).flatMap { [$0.key] + $0.aliases }
            #expect(Set(keys).count == keys.count, "\(kind): \(keys.sorted())")
        }
        // Every row belongs to some kind, and a key shared by rows is shared by kinds apart.
        for row in EntryFields.all { #expect(!row.kinds.isEmpty, "\(row.key)") }
        let all = EntryFields.all.flatMap { [$0.key] + $0.aliases }
        #expect(Set(all).isDisjoint(with: EntryFields.headerKeys))
        #expect(EntryFields.field("contacts", kind: .checkin)?.shape == .whole(0...1000))
        #expect(EntryFields.field("contacts", kind: .application)?.shape == .list)
        #expect(EntryFields.field("contacts", kind: .note) == nil)
    }

    @Test func aKeyOfOtherKindsIsReadByItsOneRowOrKeptAsWritten() throws {
        // `mood` is only a check-in's: a note still carries it, typed.
        let mood = try decodeOrFail("---\nid: 2026-12-01-0900-note\nkind: note\ncreated: 2026-12-01T09:00:00+01:00\nmood: 4\n---\n")
        #expect(mood.mood == 4 && mood.extraFields.isEmpty)
        // `contacts` names a row in two other kinds: in a note it is nobody's, so kept as written.
        let text = "---\nid: 2026-12-01-0900-note\nkind: note\ncreated: 2026-12-01T09:00:00+01:00\ncontacts: [Ana, 3]\n---\n"
        let e = try decodeOrFail(text)
        #expect(e.contacts == nil && e.people.isEmpty && e.extraFields.map(\.key) == ["contacts"])
        #expect(EntryCodec.encode(e).contains("\ncontacts: [Ana, 3]\n"))
        #expect(!EntryFields.rows(in: .note).contains { $0.key == "contacts" })
        #expect(!EntryFields.rows(in: .reflection).contains { $0.key == "contacts" })
    }

    @Test func outOfRangeValuesNameTheKeyAndTheRange() throws {
        for field in EntryFields.all {
            guard case .whole(let r) = field.shape, let kind = field.kinds.first else { continue }
            let error = try #require(decodeError("---\nkind: \(kind)\ncreated: 2026-12-01T09:00:00+01:00\n\(field.key): \(r.upperBound + 1)\n---\n"))
            #expect(error.description.contains("`\(field.key)`"))
            #expect(error.description.contains("from \(r.lowerBound) to \(r.upperBound)"))
        }
    }

    @Test func anIndexWrittenUnderAnotherFieldTableIsNotRead() throws {
        var bytes = IndexFileFormat.encode([])
        bytes[12] ^= 0x01  // the first byte of the fields fingerprint
        #expect(throws: IndexDamage.otherVersion) { try IndexFileFormat.decode(bytes) }
    }

    @Test func draftStatusIsATypeThatStillReadsAsItsWord() throws {
        var e = try decodeOrFail("---\nkind: note\nstatus: draft\ncreated: 2026-12-01T09:00:00+01:00\n---\n", fallbackID: EntryID("x"))
        #expect(e.isDraft && e.status == .draft)
        e.status = "kept-by-hand"
        #expect(!e.isDraft)
        #expect(EntryCodec.encode(e).contains("\nstatus: kept-by-hand\n"))
    }
}
