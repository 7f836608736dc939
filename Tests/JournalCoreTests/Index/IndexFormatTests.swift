import Foundation
import Testing
@testable import JournalCore

@Suite("Index file format")
struct IndexFormatTests {
    @Test func roundTripKeepsEveryField() throws {
        let journal = try IndexTestJournal(entries: 40)
        defer { journal.folder.cleanUp() }
        let entries = try journal.projectedLoad().entries
        let decoded = try IndexFileFormat.decode(IndexFileFormat.encode(entries))
        #expect(decoded == entries)
    }

    @Test func projectionKeepsWhatQueriesRead() throws {
        let journal = try IndexTestJournal(entries: 30)
        defer { journal.folder.cleanUp() }
        for stored in try journal.store.load().entries {
            let full = stored.entry, light = full.indexProjection
            #expect(light.achievements == full.achievements)
            #expect(light.lessons == full.lessons)
            #expect(light.displayTitle == full.displayTitle)
            #expect(light.preamble.isEmpty)
            #expect(light.sections.count <= 3)
        }
    }

    @Test func aReflectionsSmallWinIsKeptSoWinsNeedNoFile() throws {
        var e = Entry(id: EntryID("2026-11-27-1405-reflection-acme"), kind: .reflection, created: try timestamp("2026-11-27T14:05:00+01:00"))
        e.sections = [Section(heading: "Feelings", body: "It stings."),
                      Section(heading: "A kind word", body: "### To yourself\nWell done.\n\n### A small win\nI sent the email")]
        let light = e.indexProjection
        #expect(light.section("Feelings") == nil)
        #expect(Wins(entries: [light]).items.map(\.text) == ["I sent the email"])
        #expect(Wins(entries: [light]) == Wins(entries: [e]))
        // A note's section of that name is not a reflection's win, and is not kept.
        var note = e
        note.kind = .note
        #expect(note.indexProjection.sections.isEmpty)
    }

    @Test(arguments: [
        ("empty", IndexDamage.foreign),
        ("foreign", .foreign),
        ("truncated header", .truncated),
        ("truncated payload", .truncated),
        ("flipped byte", .checksum),
        ("other version", .otherVersion),
    ])
    func damageIsDetected(_ kind: String, _ expected: IndexDamage) throws {
        let journal = try IndexTestJournal(entries: 12)
        defer { journal.folder.cleanUp() }
        let good = IndexFileFormat.encode(try journal.projectedLoad().entries)
        var bad = good
        switch kind {
        case "empty": bad = []
        case "foreign": bad = Array("---\nid: x\n---\n".utf8) + good
        case "truncated header": bad = Array(good.prefix(12))
        case "truncated payload": bad = Array(good.dropLast(5))
        case "flipped byte": bad[good.count / 2] ^= 0x40
        default: bad[8] = 99
        }
        #expect(throws: expected) { try IndexFileFormat.decode(bad) }
    }

    @Test func damagedPayloadWithValidChecksumIsRejectedNotTrusted() throws {
        // Garbage behind a valid header (as a bug or a hostile file might make) reaches the record
        // decoder, which must throw cleanly or return records that are really in those bytes.
        var rng = SplitMix64(seed: 3)
        var reachedTheDecoder = 0
        for _ in 0..<500 {
            var payload = (0..<Int.random(in: 1..<96, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            payload[0] = UInt8.random(in: 0...3, using: &rng)  // a small record count, so records are attempted
            let file = IndexFileFormat.header(for: payload) + payload
            do {
                let records = try IndexFileFormat.decode(file)
                // Accepted: then the bytes must be exactly what encoding those records gives.
                #expect(IndexFileFormat.encode(records) == file)
            } catch {
                #expect(error != .otherVersion && error != .checksum && error != .foreign, "the header was valid: \(error)")
                if error == .malformed || error == .truncated { reachedTheDecoder += 1 }
            }
        }
        #expect(reachedTheDecoder > 400)
    }
}

@Suite("Entry file name")
struct EntryFileNameTests {
    @Test(arguments: [
        ("entries/2026/11/2026-11-27-1405-reflection-acme.md", "2026-11-27-1405-reflection-acme"),
        ("a.md", "a"), ("x/.md", ""), ("noext", "noext"), ("dir/é-note.md", "é-note"), ("dir/m.mdx", "m.mdx"),
        ("dir/🚀.md", "🚀"), ("md", "md"),
    ])
    func stemIsTheFileNameWithoutMd(_ path: String, _ stem: String) {
        #expect(EntryFileName.stem(of: path) == stem)
    }
}
