import Foundation
import Testing
@testable import JournalCore

/// Free text and lists merged three ways, item by item: what either side added is kept.
@Suite("Text merge")
struct TextMergeTests {
    @Test func aNoteEditedOnScreenKeepsAParagraphAddedMeanwhile() {
        let merged = TextMerge.merge(base: "morning note", mine: "morning note plus screen words",
                                     theirs: "morning note\n\ncli afternoon note")
        #expect(merged == "morning note plus screen words\n\ncli afternoon note")
    }

    @Test func whenOnlyOneSideChangedItsTextIsTakenAsItIs() {
        let base = "a\n\n- b\n- c"
        let edited = "a   \n\n\n- b\n* c\n\nd"
        #expect(TextMerge.merge(base: base, mine: edited, theirs: base) == edited)
        #expect(TextMerge.merge(base: base, mine: base, theirs: edited) == edited)
        #expect(TextMerge.merge(base: base, mine: edited, theirs: edited) == edited)
    }

    @Test func itemsAreWholeNeverSubstrings() {
        // "ok" is not part of "book": adding it adds it.
        let merged = TextMerge.merge(base: "read a book", mine: "read a book\n\nok", theirs: "read a book\n\nslept")
        // Both added after the same item: theirs, saved first, comes first.
        #expect(TextItems.split(merged).map(\.identity) == ["read a book", "slept", "ok"])
    }

    @Test func anItemOneSideRemovedGoesAndOneBothEditedIsKeptTwice() {
        let base = "- one\n- two\n- three"
        let mine = "- one\n- two, changed here\n- three"
        let theirs = "- two, changed there\n- three"
        let merged = TextItems.split(TextMerge.merge(base: base, mine: mine, theirs: theirs)).map(\.identity)
        #expect(merged == ["- two, changed here", "- two, changed there", "- three"])
    }

    @Test func anAdditionGoesBesideItsNeighbours() {
        let base = "- a\n- b\n- c"
        let mine = "- a\n- b\n- c\n- mine at the end"
        let theirs = "- a\n- theirs after a\n- b\n- c"
        #expect(TextMerge.merge(base: base, mine: mine, theirs: theirs) == "- a\n- theirs after a\n- b\n- c\n- mine at the end")
    }

    @Test func aParagraphPlacedAfterAListItemGetsItsBlankLine() {
        // Without the blank line the paragraph would read as part of the list item.
        let merged = TextMerge.merge(base: "", mine: "- mine", theirs: "theirs")
        #expect(merged == "- mine\n\ntheirs")
        #expect(TextItems.split(merged).count == 2)
    }

    @Test func listsMergeByItemAndRepeatsCount() {
        #expect(TextMerge.merge(base: ["walk"], mine: ["walk", "called Sam"], theirs: ["walk", "cooked"]) == ["walk", "cooked", "called Sam"])
        #expect(TextMerge.merge(base: ["walk", "rest"], mine: ["walk"], theirs: ["walk", "rest", "read"]) == ["walk", "read"])
        // The same item added by both sides is kept once.
        #expect(TextMerge.merge(base: [], mine: ["walk"], theirs: ["walk"]) == ["walk"])
        #expect(TextMerge.merge(base: ["x"], mine: ["x", "x"], theirs: ["x", "y"]) == ["x", "y", "x"])
    }

    @Test func blocksAreSplitAsAReaderSeesThem() {
        let text = """
        First line
        second line of the same paragraph
        - a bullet
          with an indented line

          and an indented paragraph
        - next
        ### A label
        ```
        code

        more code
        ```
        1. numbered
        """
        let items = TextItems.split(text)
        #expect(items.map(\.kind) == [.paragraph, .listItem, .listItem, .heading, .fence, .listItem])
        #expect(items[1].text == "- a bullet\n  with an indented line\n\n  and an indented paragraph")
        #expect(items[4].text == "```\ncode\n\nmore code\n```")
        #expect(TextItems.join(items) == text)
    }

    // MARK: Seeded random edits

    /// Items of a generated text, each unique unless repeated on purpose.
    struct Generated {
        var items: [(text: String, bullet: Bool)]

        var text: String {
            var out = ""
            for (i, item) in items.enumerated() {
                if i > 0 { out += item.bullet && items[i - 1].bullet ? "\n" : "\n\n" }
                out += item.text
            }
            return out
        }
    }

    static func item(_ name: String, _ rng: inout SplitMix64) -> (text: String, bullet: Bool) {
        switch rng.next(below: 5) {
        case 0: return ("- \(name)", true)
        case 1: return ("- \(name)\n  and a second line", true)
        case 2: return ("\(name) begins\nand goes on", false)
        case 3: return ("### \(name)", false)
        default: return ("\(name) in one line", false)
        }
    }

    /// Edits `base` at random: drops, rewrites and adds items, new ones named with `side`.
    static func edit(_ base: Generated, side: String, _ rng: inout SplitMix64) -> (Generated, added: Set<String>, removed: Set<String>) {
        var out: [(text: String, bullet: Bool)] = []
        var added = Set<String>(), removed = Set<String>()
        var n = 0
        func fresh() -> (text: String, bullet: Bool) { n += 1; return item("\(side)\(n)", &rng) }
        for original in base.items {
            switch rng.next(below: 8) {
            case 0: removed.insert(original.text)
            case 1:
                removed.insert(original.text)
                let new = (original.text + " (edited by \(side))", original.bullet)
                added.insert(new.0)
                out.append(new)
            case 2:
                out.append(original)
                let new = fresh()
                added.insert(new.text)
                out.append(new)
            default: out.append(original)
            }
        }
        if rng.next(below: 3) == 0 {
            let new = fresh()
            added.insert(new.text)
            out.insert(new, at: Int(rng.next(below: UInt64(out.count + 1))))
        }
        return (Generated(items: out), added, removed)
    }

    @Test(arguments: 1...200)
    func nothingEitherSideAddedIsLost(seed: Int) {
        var rng = SplitMix64(seed: UInt64(seed))
        let count = Int(rng.next(below: 9))
        let base = Generated(items: (0..<count).map { Self.item("base\($0)", &rng) })
        let (mine, mineAdded, mineRemoved) = Self.edit(base, side: "mine", &rng)
        let (theirs, theirsAdded, theirsRemoved) = Self.edit(base, side: "theirs", &rng)
        let merged = TextMerge.merge(base: base.text, mine: mine.text, theirs: theirs.text)
        let result = TextItems.split(merged).map(\.identity)
        for added in mineAdded.union(theirsAdded) {
            #expect(result.filter { $0 == added }.count == 1, "seed \(seed): \(added) lost or doubled in\n\(merged)")
        }
        for removed in mineRemoved.union(theirsRemoved) {
            #expect(!result.contains(removed), "seed \(seed): \(removed) was removed by one side and is back in\n\(merged)")
        }
        for kept in base.items.map(\.text) where !mineRemoved.contains(kept) && !theirsRemoved.contains(kept) {
            #expect(result.contains(kept), "seed \(seed): \(kept), kept by both, is missing in\n\(merged)")
        }
        // Mine's order holds for everything mine has.
        let mineOrder = mine.items.map(\.text).filter(result.contains)
        #expect(result.filter(mineOrder.contains) == mineOrder, "seed \(seed): mine's order changed in\n\(merged)")
        #expect(TextMerge.merge(base: base.text, mine: mine.text, theirs: base.text) == mine.text)
        #expect(TextItems.join(TextItems.split(theirs.text)) == theirs.text)
    }
}
