import Foundation
import Testing
@testable import JournalCore

/// The lean readers of index records (a field at a time, no `Entry` built) against the full
/// decode that defines them, on seeded entries that set every field of the table in any kind.
@Suite("Index lean reads agree with the full decode")
struct IndexLeanReadTests {
    static let texts = ["Acme", "Globex Corp", "café ☕ Zürich", "a: colon", "\"quoted\"", "  spaced  ", "#hash", "x"]
    static let headings = ["Timeline", "timeline", "TIMELINE", "Notes", "Achievements", "Lessons", "A kind word", "Tímeline", "Timeline ", "Feelings"]
    static let timelines = [
        "- 2026-11-20 applied\n- 2026-11-24 screen: call with Priya\n", "- 2026-12-01 rejected: internal", "",
        "* 2026-11-02 offer\n  more words\n", "- sometime, a chat\n- 2026-02-30 interview\n- 2026-12-09 feedback: ça va",
        "```\n- 2026-10-01 offer\n```\n- 2026-10-02 screen", "- - -\n- 2026-10-03 withdrawn",
    ]

    /// A value for `row` as a person could write it in front matter.
    static func yaml(_ row: EntryField, _ rng: inout SplitMix64) -> String {
        switch row.shape {
        case .text: return YAMLWriter.scalar(texts[Int(rng.next(below: UInt64(texts.count)))])
        case .whole(let range): return String(Int.random(in: range, using: &rng))
        case .number(let range): return YAMLWriter.number((Double(Int.random(in: Int(range.lowerBound * 2)...Int(range.upperBound * 2), using: &rng)) / 2))
        case .flag: return rng.next(below: 2) == 0 ? "true" : "false"
        case .day: return LocalDay(year: 2026, month: 1 + Int(rng.next(below: 12)), day: 1 + Int(rng.next(below: 28))).description
        case .list: return YAMLWriter.list((0..<Int(rng.next(below: 3))).map { _ in texts[Int(rng.next(below: UInt64(texts.count)))] })
        case .choice(let words): return words[Int(rng.next(below: UInt64(words.count)))]
        }
    }

    /// A seeded entry file: any kind, any field of any kind set or not, sometimes a draft, an
    /// unknown key, and a few sections of which some may be a timeline under any spelling.
    static func file(_ i: Int, _ rng: inout SplitMix64) throws -> StoredEntry {
        let kind: EntryKind = rng.next(below: 3) == 0 ? EntryKind.allCases[Int(rng.next(below: 4))] : .application
        let day = LocalDay(year: 2026, month: 1 + i % 12, day: 1 + i % 28)
        let created = LocalTimestamp(day: day, hour: i % 24, minute: i % 60, utcOffset: [3600, -18000, 0][i % 3])
        let id = EntryID.make(at: created, kind: kind, slugSource: "item \(i)")
        var lines = ["---", "id: \(id.rawValue)", "kind: \(kind.rawValue)", "created: \(created)"]
        if rng.next(below: 8) == 0 { lines.append("status: draft") }
        var keys = Set<String>()
        for row in EntryFields.all where rng.next(below: 2) == 0 && !keys.contains(row.key) {
            // A key is read by the row of the entry's kind when it has one; write the value that row takes.
            let reading = EntryFields.field(row.key, kind: kind) ?? row
            keys.insert(row.key)
            lines.append("\(row.key): \(yaml(reading, &rng))")
        }
        if rng.next(below: 3) == 0 { lines.append("playlist: songs \(i)") }
        lines += ["---", "# Entry \(i)", "", "Words before the sections."]
        for _ in 0..<Int(rng.next(below: 4)) {
            let heading = headings[Int(rng.next(below: UInt64(headings.count)))]
            lines += ["", "## \(heading)", timelines[Int(rng.next(below: UInt64(timelines.count)))]]
        }
        let entry = try EntryCodec.decode(lines.joined(separator: "\n") + "\n")
        var stored = StoredEntry(entry: entry, relativePath: "entries/2026/01/\(id.rawValue).md", size: 100 + i, modified: Int64(i))
        stored.inode = UInt64(i)
        return stored.indexProjection
    }

    static func heads(_ records: [StoredEntry]) throws -> IndexHeads {
        try IndexFileFormat.decodeHeads(IndexFileFormat.encode(records))
    }

    @Test func applicationRecordsMatchTheFullDecodeOnSeededEntries() throws {
        var rng = SplitMix64(seed: 1414)
        let records = try (0..<600).map { try Self.file($0, &rng) }
        let heads = try Self.heads(records)
        var applications = 0
        for i in heads.heads.indices {
            let full = try #require(heads.record(i))
            let expected = ApplicationQuery.all(in: [full]).first
            let lean = heads.withCursor(i) { (c) throws(IndexDamage) in try ApplicationRecord.indexed(&c, path: heads.heads[i].path) }
            #expect(lean == .some(expected), "record \(i): \(full.relativePath)")
            if expected != nil { applications += 1 }
        }
        // The seed must reach the cases that matter: many applications, some drafts and other kinds left out.
        #expect(applications > 300 && applications < 550, "\(applications) applications")
    }

    @Test func aRecordWhoseBytesDoNotReadIsNil() throws {
        var rng = SplitMix64(seed: 3)
        var stored = try Self.file(1, &rng)
        stored.entry.kind = .application
        stored.entry.status = nil
        stored.entry.stage = .screen
        var bytes = IndexFileFormat.encode([stored])
        let heads = try IndexFileFormat.decodeHeads(bytes)
        #expect(heads.withCursor(0) { (c) throws(IndexDamage) in try ApplicationRecord.indexed(&c, path: heads.heads[0].path) } != nil)
        // A stage word the table does not know: the full decode refuses it, and so does the lean read.
        let word = Array("screen".utf8)
        let at = try #require((0..<(bytes.count - word.count)).first { Array(bytes[$0..<($0 + word.count)]) == word })
        bytes.replaceSubrange(at..<(at + word.count), with: Array("scrXen".utf8))
        let damaged = IndexHeads(bytes: bytes, heads: heads.heads)
        #expect(damaged.record(0) == nil)
        #expect(damaged.withCursor(0) { (c) throws(IndexDamage) in try ApplicationRecord.indexed(&c, path: heads.heads[0].path) } == nil)
        // An entry length past the end of the bytes reads as nothing, never out of bounds.
        var head = heads.heads[0]
        head.entryLength = bytes.count
        #expect(IndexHeads(bytes: bytes, heads: [head]).withCursor(0) { c in c.kind } == nil)
    }

    @Test func fieldsReadInAnyOrderAgreeWithTheEntry() throws {
        var rng = SplitMix64(seed: 77)
        let records = try (0..<200).map { try Self.file($0, &rng) }
        let heads = try Self.heads(records)
        let places = [IndexEntryCursor.position("next_action_on", in: .application), IndexEntryCursor.position("follow_up", in: .reflection),
                      IndexEntryCursor.position("company", in: .reflection)]
        for i in heads.heads.indices {
            let entry = try #require(heads.record(i)).entry
            let read = heads.withCursor(i) { (c) throws(IndexDamage) -> [String?] in
                [try c.day(places[0])?.description, try c.day(places[1])?.description, try c.text(places[2])]
            }
            #expect(read == [entry.nextActionOn?.description, entry.followUp?.description, entry.company], "record \(i)")
        }
    }

    @Test func theJournalsApplicationsAreTheSelectsWhetherTheIndexIsCurrentStaleOrDamaged() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let store = JournalStore(root: folder.path)
        var rng = SplitMix64(seed: 21)
        for i in 0..<150 {
            let stored = try Self.file(i, &rng)
            try folder.write(stored.relativePath, EntryCodec.encode(stored.entry))
        }
        try folder.write("entries/2026/02/2026-02-02-1200-application-broken.md", "---\nkind: application\nstage: nowhere\n---\n")
        let index = JournalIndex(store: store)
        func expected() throws -> [ApplicationRecord] {
            ApplicationQuery.all(in: try index.select(EntryFilter(kind: .application)).entries)
        }
        func check(_ when: String) throws {
            let reference = try expected()
            let lean = try index.applications()
            #expect(lean.records == reference, "\(when)")
            #expect(lean.problems.map(\.relativePath) == ["entries/2026/02/2026-02-02-1200-application-broken.md"], "\(when)")
            #expect(reference.count > 50, "\(when)")
        }
        try check("no index yet")
        try check("current")
        // A changed file: stale, so the full path answers and saves the index again.
        let first = try #require(try index.applications().records.first)
        var edited = try EntryCodec.decode(String(decoding: try #require(folder.read(first.relativePath)), as: UTF8.self))
        edited.nextAction = "write back"
        try folder.write(first.relativePath, EntryCodec.encode(edited))
        let stale = try index.applications()
        #expect(stale.records.first { $0.id == first.id }?.nextAction == "write back")
        try check("after an edit")
        var bytes = try #require(folder.read(".onward/index"))
        bytes[bytes.count / 2] &+= 1
        try folder.write(".onward/index", bytes)
        try check("damaged index")
    }
}
