import Testing
@testable import TerminalUI

@Suite struct ChecklistTests {
    let emotions = ["disappointed", "frustrated", "sad"]
    let rect = Rect(row: 0, column: 0, width: 40, height: 4)

    @Test func spaceTogglesAndRendersBoxes() {
        var list = Checklist(items: emotions)
        #expect(list.handle(.character(" ")) == .changed)
        list.press(.down, .down, .character(" "))
        #expect(list.selectedItems == ["disappointed", "sad"])
        list.press(.character("k"), .character("k"), .character(" "))
        #expect(list.selectedItems == ["sad"])
        list.press(.character(" "))
        let screen = render(rows: 4, columns: 40) { list.render(on: $0, in: rect, focused: true) }
        #expect(screen.lines == [
            "› [x] disappointed",
            "  [ ] frustrated",
            "  [x] sad",
            "  Other: your own words, separated by co",
        ])
        #expect(screen.style(at: Position(row: 0, column: 4)) == .reverse)
        #expect(screen.style(at: Position(row: 3, column: 10)).contains(.dim))
    }

    @Test func aLetterTypedOnTheItemsStartsTheirOwnWordsOnTheOtherLine() {
        var list = Checklist(items: emotions)
        #expect(list.handle(.character("w")) == .changed)
        #expect(list.isOnOtherLine)
        list.type("orried")
        #expect(list.other.text == "worried")
        #expect(list.selectedItems == ["worried"])
        // j and k still move on the items; digits and accents start words like letters.
        var again = Checklist(items: emotions)
        again.press(.character("j"))
        #expect(!again.isOnOtherLine)
        #expect(again.handle(.character("é")) == .changed)
        #expect(again.other.text == "é")
    }

    @Test func otherLineAddsTheirOwnWords() {
        var list = Checklist(items: emotions)
        list.press(.end)
        #expect(list.isOnOtherLine)
        // On the text line j, k and space are letters, not moves.
        list.type("betrayed, tired, jumpy")
        #expect(list.other.text == "betrayed, tired, jumpy")
        // Typed but not yet added words already count, so nothing is lost.
        #expect(list.selectedItems == ["betrayed", "tired", "jumpy"])
        #expect(list.handle(.enter) == .changed)
        #expect(list.items == emotions + ["betrayed", "tired", "jumpy"])
        #expect(list.selectedItems == ["betrayed", "tired", "jumpy"])
        #expect(list.other.text == "")
        #expect(list.isOnOtherLine)
        #expect(list.handle(.enter) == .submit)  // empty line: Enter goes on
    }

    @Test func ownWordsMatchingAnItemCheckIt() {
        var list = Checklist(items: emotions)
        list.press(.end)
        list.type("Sad, ,  ")
        list.press(.enter)
        #expect(list.items == emotions)
        #expect(list.isChecked("sad"))
    }

    @Test func initialCheckedNamesIncludeNewOnes() {
        let list = Checklist(items: emotions, checked: ["frustrated", "numb"])
        #expect(list.items == emotions + ["numb"])
        #expect(list.selectedItems == ["frustrated", "numb"])
        #expect(list.cursor == 0)
    }

    @Test func upLeavesTheOtherLineAndTabIsIgnored() {
        var list = Checklist(items: emotions)
        list.press(.end)
        list.type("tired")
        #expect(list.handle(.tab) == .ignored)
        #expect(list.handle(.up) == .handled)
        #expect(list.cursor == 2)
        #expect(list.selectedItems == ["tired"])
        let screen = render(rows: 4, columns: 40) { list.render(on: $0, in: rect, focused: true) }
        #expect(screen.lines[3] == "  Other: tired")
        #expect(screen.lines[2] == "› [ ] sad")
    }

    @Test func scrollsWhenTaller() {
        var list = Checklist(items: ["a", "b", "c", "d", "e"])
        list.press(.end)
        let screen = render(rows: 2, columns: 20) { list.render(on: $0, in: Rect(row: 0, column: 0, width: 20, height: 2), focused: true) }
        #expect(screen.lines[0] == "  [ ] e")
        #expect(screen.lines[1].hasPrefix("› Other:"))
        #expect(screen.cursor == Position(row: 1, column: 9))
    }
}

extension Checklist {
    mutating func press(_ keys: Key...) { for key in keys { _ = handle(key) } }
    mutating func type(_ text: String) { for c in text { _ = handle(.character(c)) } }
}
