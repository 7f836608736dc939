import Testing
@testable import TerminalUI

@Suite struct ChoiceListTests {
    let stages = ["Application", "Phone screen", "Interview", "Final round", "Offer"]

    @Test func startsWithNothingSelectedAndMovesWithArrowsAndVi() {
        var list = ChoiceList(options: stages)
        #expect(list.selected == nil)
        #expect(list.handle(.down) == .changed)
        #expect(list.selectedOption == "Application")
        list.press(.character("j"), .character("j"))
        #expect(list.selectedOption == "Interview")
        list.press(.character("k"))
        #expect(list.selected == 1)
        list.press(.up, .up, .up)
        #expect(list.selected == 0)
        #expect(list.handle(.up) == .handled)  // already at the top
        list.press(.end)
        #expect(list.selectedOption == "Offer")
        #expect(list.handle(.down) == .handled)
        #expect(list.handle(.enter) == .submit)
        #expect(list.handle(.tab) == .ignored)
    }

    @Test func upFromNothingPicksTheLast() {
        var list = ChoiceList(options: stages)
        list.press(.up)
        #expect(list.selected == 4)
    }

    @Test func noneCanBeRestoredOnlyWhenAllowed() {
        var list = ChoiceList(options: stages, selected: 2)
        #expect(list.handle(.backspace) == .changed)
        #expect(list.selected == nil)
        var strict = ChoiceList(options: stages, allowsNone: false)
        #expect(strict.selected == 0)
        strict.press(.delete)
        #expect(strict.selected == 0)
    }

    @Test func rendersMarkerAndReverseForTheSelection() {
        let list = ChoiceList(options: stages, selected: 1)
        let screen = render(rows: 5, columns: 20) { list.render(on: $0, in: Rect(row: 0, column: 0, width: 20, height: 5), focused: true) }
        #expect(screen.lines == ["  Application", "› Phone screen", "  Interview", "  Final round", "  Offer"])
        #expect(screen.style(at: Position(row: 1, column: 2)).contains(.reverse))
        #expect(!screen.style(at: Position(row: 0, column: 2)).contains(.reverse))
        let unfocused = render(rows: 5, columns: 20) { list.render(on: $0, in: Rect(row: 0, column: 0, width: 20, height: 5), focused: false) }
        #expect(!unfocused.style(at: Position(row: 1, column: 2)).contains(.reverse))
        #expect(unfocused.lines[1] == "› Phone screen")
    }

    @Test func scrollsToTheSelection() {
        let list = ChoiceList(options: stages, selected: 4)
        let screen = render(rows: 2, columns: 20) { list.render(on: $0, in: Rect(row: 0, column: 0, width: 20, height: 2), focused: true) }
        #expect(screen.lines == ["  Final round", "› Offer"])
    }
}

extension ChoiceList {
    mutating func press(_ keys: Key...) { for key in keys { _ = handle(key) } }
}
