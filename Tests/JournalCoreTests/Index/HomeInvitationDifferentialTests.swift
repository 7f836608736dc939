import Foundation
import Testing
@testable import JournalCore

/// Home decodes only the reflections and applications its invitation needs (found from a few
/// fields of their records); over seeded journals and many days, its invitation must be the one
/// `Invitations.today` gives over every entry, fully parsed.
@Suite("Home's invitation from a few fields agrees with the full read")
struct HomeInvitationDifferentialTests {
    static let start = LocalDay(year: 2026, month: 11, day: 1)

    /// Entries around November 2026: reflections with follow-ups (some tomorrow, some done),
    /// applications with next actions, exercise notes in series, check-ins, drafts, ties.
    static func entries(_ rng: inout SplitMix64) -> [Entry] {
        var out: [Entry] = []
        for i in 0..<160 {
            let day = start.adding(days: Int(rng.next(below: 40)))
            // Every eighth entry shares its minute with the one before: ties in `created`.
            let minute = i % 8 == 0 ? 0 : Int(rng.next(below: 60))
            let created = LocalTimestamp(day: day, hour: 9 + Int(rng.next(below: 3)), minute: minute, utcOffset: [3600, 0, -18000][Int(rng.next(below: 3))])
            let kind = EntryKind.allCases[Int(rng.next(below: 4))]
            var e = Entry(id: EntryID.make(at: created, kind: kind, slugSource: kind == .checkin ? nil : "item \(i)"), kind: kind, created: created)
            if rng.next(below: 10) == 0 { e.status = .draft }
            func near() -> LocalDay { day.adding(days: Int(rng.next(below: 30))) }
            switch kind {
            case .reflection:
                e.company = ["Acme", "Globex", ""][Int(rng.next(below: 3))]
                e.followUp = rng.next(below: 3) == 0 ? nil : near()
                e.followUpDone = [nil, true, false][Int(rng.next(below: 3))]
                e.followUpNote = rng.next(below: 2) == 0 ? "ask \(i) for feedback" : nil
                e.intensityAfter = Int(rng.next(below: 11))
            case .application:
                e.company = "Company \(i)"
                e.nextAction = rng.next(below: 4) == 0 ? nil : "call back \(i)"
                e.nextActionOn = rng.next(below: 4) == 0 ? nil : near()
                e.outcome = rng.next(below: 2) == 0 ? nil : ApplicationOutcome.allCases[Int(rng.next(below: UInt64(ApplicationOutcome.allCases.count)))]
            case .note:
                e.exercise = ["write-it-out", "kinder-letter", "what-matters", nil][Int(rng.next(below: 4))]
                e.intensityBefore = Int(rng.next(below: 11))
                e.intensityAfter = Int(rng.next(below: 11))
            case .checkin:
                e.mood = 1 + Int(rng.next(below: 10))
            }
            out.append(e)
        }
        return out
    }

    @Test func homesInvitationIsTheFullReadsOnSeededJournals() throws {
        var offered: [String: Int] = [:]
        for seed in 1...4 as ClosedRange<UInt64> {
            let folder = try TempFolder()
            defer { folder.cleanUp() }
            let store = JournalStore(root: folder.path)
            var rng = SplitMix64(seed: seed)
            for e in Self.entries(&rng) {
                let path = store.relativePath(for: e.id, created: e.day)
                if folder.read(path) == nil { try folder.write(path, EntryCodec.encode(e)) }
            }
            let all = try store.load().entries.map(\.entry)
            let index = JournalIndex(store: store)
            _ = try index.refresh()  // current from here on: home takes its fast path
            for offset in 0..<45 {
                let today = Self.start.adding(days: offset)
                let expected = Invitations.today(today, entries: all)
                let view = try index.home(today: today, invitations: true)
                #expect(view.invitation == expected, "seed \(seed), \(today)")
                if let expected { offered[expected.exercise, default: 0] += 1 }
            }
        }
        // The seeds must reach every kind of offer, or the agreement proves little.
        #expect(offered["what-matters", default: 0] > 10, "\(offered)")
        #expect(offered["write-it-out", default: 0] > 3, "\(offered)")
        #expect(offered["kinder-letter", default: 0] > 3, "\(offered)")
    }

    @Test func aFilesDayFromItsBytesIsTheDayFromItsCharacters() {
        let names = ["2026-03-04-1200-note.md", "entries/2026/03/2026-03-04-1200-note.md", "2026-02-30-note.md", "2026-3-04-note.md",
                     "x/2026-03-04", "x/2026-03-0", "2026-03-04\u{301}-note.md", "2026-03-04é.md", "a/b/", "", "/", "2026-13-01-x.md",
                     "entries/2024/02/2024-02-29-0900-checkin.md", "entries/2023/02/2023-02-29-0900-checkin.md", "٢٠٢٦-03-04-note.md",
                     "2026-03-04\r\n.md", "2026_03_04.md", "entries/２０２６-03-04.md"]
        var rng = SplitMix64(seed: 9)
        var all = names
        for _ in 0..<500 {
            let chars = Array("0123456789-/aé\u{301}")
            let tail = String((0..<Int(rng.next(below: 4))).map { _ in chars[Int(rng.next(below: UInt64(chars.count)))] })
            // Mostly day-shaped names (some impossible days), with odd tails; a few of noise.
            let day = "\(1990 + rng.next(below: 50))-\(10 + rng.next(below: 4))-\(10 + rng.next(below: 25))".replacingOccurrences(of: "-1", with: "-0")
            all.append(rng.next(below: 4) == 0 ? day.dropLast(Int(rng.next(below: 3))) + tail : "entries/" + day + tail)
        }
        for name in all {
            #expect(JournalIndex.fileDay(name) == JournalIndex.fileDayByCharacters(name), "\(name.debugDescription)")
        }
        #expect(JournalIndex.fileDay("entries/2026/03/2026-03-04-1200-note.md") == LocalDay(year: 2026, month: 3, day: 4))
    }
}
