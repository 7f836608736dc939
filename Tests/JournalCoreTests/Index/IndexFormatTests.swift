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
            #expect(light.sections.count <= 2)
        }
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
        // Garbage that passes the checksum (as a bug or a hostile file might) must still fail cleanly.
        var rng = SplitMix64(seed: 3)
        for _ in 0..<200 {
            let payload = (0..<Int.random(in: 0..<64, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            var file = IndexFileFormat.magic + [1, 0, 0, 0]
            var w = IndexBytesWriter()
            w.fixed64(UInt64(payload.count)); w.fixed64(IndexChecksum.of(payload))
            file += w.bytes + payload
            _ = try? IndexFileFormat.decode(file)
        }
    }
}

@Suite("Index stem")
struct IndexStemTests {
    @Test(arguments: ["entries/2026/11/2026-11-27-1405-reflection-acme.md", "a.md", "x/.md", "noext", "dir/é-note.md", "dir/m.mdx"])
    func stemMatchesTheStore(_ path: String) {
        #expect(IndexRecordCodec.stem(of: path) == JournalStore.stem(of: path))
    }
}
