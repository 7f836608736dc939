import Foundation
import Testing
@testable import JournalCore

/// A small generated journal in a temp folder: varied entries (all kinds, unknown keys, extra and
/// repeated sections, CRLF, a broken file), so the index is tested on more than the happy path.
struct IndexTestJournal {
    let folder: TempFolder
    var store: JournalStore { JournalStore(root: folder.path) }
    var index: JournalIndex { JournalIndex(store: store) }

    init(entries n: Int, seed: UInt64 = 7) throws {
        folder = try TempFolder()
        var rng = SplitMix64(seed: seed)
        for i in 0..<n {
            let e = Self.entry(i, &rng)
            let path = store.relativePath(for: e.id, created: e.day)
            var text = EntryCodec.encode(e)
            if i % 11 == 5 { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            try folder.write(path, text)
        }
        try folder.write("entries/2025/01/2025-01-09-1200-note-broken.md", "no front matter here\n")
    }

    static func entry(_ i: Int, _ rng: inout SplitMix64) -> Entry {
        let day = LocalDay(year: 2024 + i / 300, month: 1 + (i / 25) % 12, day: 1 + i % 25)
        let created = LocalTimestamp(day: day, hour: Int.random(in: 0..<24, using: &rng), minute: i % 60, utcOffset: [3600, -18000, 0][i % 3])
        let kind = EntryKind.allCases[Int.random(in: 0..<3, using: &rng)]
        var e = Entry(id: EntryID.make(at: created, kind: kind, slugSource: kind == .checkin ? nil : "item \(i)"), kind: kind, created: created)
        e.title = kind == .checkin ? "Check-in" : "Entry \(i)"
        e.tags = i % 4 == 0 ? ["rejection", "Big-Tech"] : []
        switch kind {
        case .reflection:
            e.company = ["Acme", "Globex", "Initech"][i % 3]
            e.role = i % 2 == 0 ? "Engineer" : nil
            e.stage = Stage.allCases[i % Stage.allCases.count]
            e.emotions = ["sad", "hopeful"]
            e.intensityBefore = Int.random(in: 0...10, using: &rng)
            e.intensityAfter = i % 3 == 0 ? nil : 3
            e.followUp = day.adding(days: 7)
            e.followUpDone = i % 2 == 0
        case .checkin:
            e.mood = Int.random(in: 1...10, using: &rng)
            e.energy = 5
            e.sleepHours = i % 2 == 0 ? 7.5 : nil
            e.selfCare = ["Exercise", "reading"]
            e.wins = ["called \(i)"]
        case .note:
            e.extraFields = [RawField(key: "playlist", text: "playlist: \"songs \(i)\"")]
        case .application:
            break  // not drawn: the kinds above are the first three
        }
        e.preamble = "Some words before the sections, number \(i)."
        e.sections = [
            Section(heading: "Feelings", body: "Line one about word\(i).\nLine two."),
            Section(heading: "Achievements", body: "- Did thing \(i)\n  continued\n- Other thing"),
            Section(heading: "Lessons", body: "* Lesson \(i)"),
        ]
        if i % 7 == 0 { e.sections.append(Section(heading: "achievements", body: "- Second list, ignored by insights")) }
        return e
    }

    /// The full parse, reduced to what the index keeps.
    func projectedLoad() throws -> JournalSnapshot {
        var snapshot = try store.load()
        snapshot.entries = snapshot.entries.map { var s = $0; s.entry = s.entry.indexProjection; return s }
        return snapshot
    }

    /// Sets a file's modification time, to stand in for an edit that kept the size.
    func touch(_ relative: String, seconds: Int) {
        var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
        _ = utimensat(AT_FDCWD, folder.path + "/" + relative, &times, 0)
    }

    func entryPaths() throws -> [String] {
        try store.load().entries.map(\.relativePath)
    }
}

/// Compares two snapshots field by field, so a failure names the entry that differs.
func expectSame(_ a: JournalSnapshot, _ b: JournalSnapshot, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.entries.count == b.entries.count, sourceLocation: sourceLocation)
    for (x, y) in zip(a.entries, b.entries) where x != y {
        Issue.record("entries differ: \(x.relativePath) vs \(y.relativePath)\n\(x)\n\(y)", sourceLocation: sourceLocation)
        return
    }
    #expect(a.problems == b.problems, sourceLocation: sourceLocation)
}
