import Foundation
import Testing
@testable import JournalCore

/// A whole entry merged three ways: front matter field by field, sections item by item.
@Suite("Entry merge")
struct EntryMergeTests {
    static func entry(_ text: String) throws -> Entry {
        try EntryCodec.decode(text, fallbackID: EntryID("2026-11-27-0900-application-ed"))
    }

    static let base = """
    ---
    id: 2026-11-27-0900-application-ed
    kind: application
    created: 2026-11-27T09:00:00+01:00
    company: Ed
    role: Engineer
    stage: applied
    tags: [backend]
    ---
    # Ed, Engineer

    ## Timeline
    - 2026-11-27 applied

    ## Notes
    First impressions.
    """

    @Test func fieldsMineChangedWinAndTheOthersKeepTheirs() throws {
        let base = try Self.entry(Self.base)
        var mine = base, theirs = base
        mine.role = "Senior Engineer"
        mine.tags = ["backend", "remote"]
        theirs.stage = .interview
        theirs.tags = ["backend", "referral"]
        theirs.nextAction = "send the take-home"
        let merged = EntryMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(merged.role == "Senior Engineer")
        #expect(merged.stage == .interview)
        #expect(merged.nextAction == "send the take-home")
        #expect(merged.tags == ["backend", "referral", "remote"])
        // The same field changed by both: the person's value, as they see it on their screen.
        theirs.role = "Staff Engineer"
        #expect(EntryMerge.merge(base: base, mine: mine, theirs: theirs).role == "Senior Engineer")
        // A field mine cleared is cleared.
        mine.company = nil
        #expect(EntryMerge.merge(base: base, mine: mine, theirs: theirs).company == nil)
    }

    @Test func sectionsMergeItemByItemAndANewOneIsKept() throws {
        let base = try Self.entry(Self.base)
        var mine = base, theirs = base
        mine.setSection("Notes", body: "First impressions, on second thought.")
        theirs.setSection("Notes", body: "First impressions.\n\nCLI note during editor")
        theirs.setSection("Timeline", body: "- 2026-11-27 applied\n- 2026-11-30 screen")
        theirs.setSection("Feedback", body: "They liked the design answer.")
        mine.sections.insert(Section(heading: "Questions", body: "- ask about on-call"), at: 1)
        let merged = EntryMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(merged.sections.map(\.heading) == ["Timeline", "Questions", "Notes", "Feedback"])
        #expect(merged.section("Notes")?.body == "First impressions, on second thought.\n\nCLI note during editor")
        #expect(merged.section("Timeline")?.body == "- 2026-11-27 applied\n- 2026-11-30 screen")
    }

    @Test func aSectionOneSideRemovedKeepsOnlyWhatTheOtherAdded() throws {
        let base = try Self.entry(Self.base)
        var mine = base, theirs = base
        mine.sections.removeAll { $0.heading == "Notes" }
        theirs.setSection("Notes", body: "First impressions.\n\nAdded from the shell.")
        let merged = EntryMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(merged.section("Notes")?.body == "Added from the shell.")
        // Removed by mine and left alone by theirs: gone.
        theirs = base
        theirs.company = "Ed Ltd"
        #expect(EntryMerge.merge(base: base, mine: mine, theirs: theirs).section("Notes") == nil)
    }

    @Test func unknownKeysMergeByKey() throws {
        let base = try Self.entry(Self.base.replacingOccurrences(of: "tags:", with: "mine_key: 1\ntheir_key: 1\ntags:"))
        var mine = base, theirs = base
        mine.extraFields[0].text = "mine_key: 2"
        theirs.extraFields[1].text = "their_key: 2"
        theirs.extraFields.append(RawField(key: "new_key", text: "new_key: yes"))
        let merged = EntryMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(merged.extraFields.map(\.text) == ["mine_key: 2", "their_key: 2", "new_key: yes"])
    }

    @Test func oneSideUnchangedGivesTheOtherWhole() throws {
        let base = try Self.entry(Self.base)
        var changed = base
        changed.company = "Other"
        changed.setSection("Notes", body: "Rewritten")
        #expect(EntryMerge.merge(base: base, mine: changed, theirs: base) == changed)
        #expect(EntryMerge.merge(base: base, mine: base, theirs: changed) == changed)
    }

    @Test(arguments: 1...60)
    func seededEditsOfWinsAndNotesLoseNothingEitherSideAdded(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &* 7919)
        let t = try timestamp("2026-11-27T08:00:00+01:00")
        var base = Entry(id: EntryID("2026-11-27-0800-checkin"), kind: .checkin, created: t)
        base.wins = (0..<Int(rng.next(below: 4))).map { "win \($0)" }
        base.setSection("Note", body: (0..<Int(rng.next(below: 4))).map { "paragraph \($0)" }.joined(separator: "\n\n"))
        func edit(_ side: String, _ rng: inout SplitMix64) -> (Entry, [String]) {
            var e = base
            var added: [String] = []
            for i in 0..<Int(rng.next(below: 3)) {
                e.wins.append("\(side) win \(i)")
                added.append("\(side) win \(i)")
            }
            if rng.next(below: 2) == 0 {
                let body = (e.section("Note")?.body ?? "") + "\n\n\(side) paragraph"
                e.setSection("Note", body: body)
                added.append("\(side) paragraph")
            }
            if rng.next(below: 3) == 0 { e.mood = side == "mine" ? 2 : 9 }
            return (e, added)
        }
        let (mine, mineAdded) = edit("mine", &rng)
        let (theirs, theirsAdded) = edit("theirs", &rng)
        let merged = EntryMerge.merge(base: base, mine: mine, theirs: theirs)
        let text = EntryCodec.encode(merged)
        for added in mineAdded + theirsAdded { #expect(text.contains(added), "seed \(seed): \(added) lost:\n\(text)") }
        #expect(merged.mood == (mine.mood != base.mood ? mine.mood : theirs.mood))
        #expect(try EntryCodec.decode(text, fallbackID: merged.id) == merged, "the merge must read back as written")
    }
}
