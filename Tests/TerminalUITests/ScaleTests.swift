import Testing
@testable import TerminalUI

@Suite struct ScaleTests {
    @Test func rendersTrackDotAndLabel() {
        let scale = Scale(range: 0...10, value: 6, labels: [6: "okay"])
        let screen = render(rows: 1, columns: 30) { scale.render(on: $0, in: Rect(row: 0, column: 0, width: 30, height: 1), focused: true) }
        #expect(screen.lines == ["0 ──────●──── 10  6 · okay"])
        #expect(screen.style(at: Position(row: 0, column: 8)).contains(.bold))
    }

    @Test func widerTrackWhenThereIsRoom() {
        let scale = Scale(range: 1...5, value: 5)
        let screen = render(rows: 1, columns: 40) { scale.render(on: $0, in: Rect(row: 0, column: 0, width: 40, height: 1), focused: false) }
        #expect(screen.lines == ["1 ────────● 5  5"])
    }

    @Test func unansweredShowsAnEmptyTrack() {
        let scale = Scale(range: 1...10)
        #expect(scale.value == nil)
        let screen = render(rows: 1, columns: 40) { scale.render(on: $0, in: Rect(row: 0, column: 0, width: 40, height: 1), focused: true) }
        #expect(screen.lines == ["1 ─────────────────── 10  not answered"])
        #expect(screen.style(at: Position(row: 0, column: 3)) == .dim)
    }

    @Test func arrowsAndPlusMinusStep() {
        var scale = Scale(range: 0...10)
        #expect(scale.handle(.right) == .changed)
        #expect(scale.value == 5)  // from unanswered, start in the middle
        scale.press(.character("+"), .character("+"))
        #expect(scale.value == 7)
        scale.press(.left, .character("-"))
        #expect(scale.value == 5)
        scale.press(.home)
        #expect(scale.value == 0)
        #expect(scale.handle(.left) == .handled)
        scale.press(.end)
        #expect(scale.value == 10)
        #expect(scale.handle(.right) == .handled)
        #expect(scale.handle(.backspace) == .changed)
        #expect(scale.value == nil)
        #expect(scale.handle(.tab) == .ignored)
        #expect(scale.handle(.enter) == .submit)
    }

    @Test func digitsTypeAValue() {
        var scale = Scale(range: 0...10)
        scale.press(.character("3"))
        #expect(scale.value == 3)
        scale.press(.character("1"), .character("0"))
        #expect(scale.value == 10)
        scale.press(.character("7"))
        #expect(scale.value == 7)
        var oneToTen = Scale(range: 1...10, value: 4)
        #expect(oneToTen.handle(.character("0")) == .handled)  // 0 is not on this scale
        #expect(oneToTen.value == 4)
    }

    @Test func lettersNeverChangeTheValueAndShowAHint() {
        // "a long shower" typed on a scale once saved 7 (h and l stepped it).
        var scale = Scale(range: 0...15)
        for c in "a long shower" { _ = scale.handle(.character(c)) }
        #expect(scale.value == nil)
        #expect(scale.showsHint)
        let screen = render(rows: 1, columns: 60) { scale.render(on: $0, in: Rect(row: 0, column: 0, width: 60, height: 1), focused: true) }
        #expect(screen.line(0).hasSuffix(Scale.hint))
        var rated = Scale(range: 1...10, value: 4)
        for c in "hello" { #expect(rated.handle(.character(c)) == .handled) }
        #expect(rated.value == 4)
        // The next real key clears the hint; j/k stay free for the screen's vi moves.
        #expect(rated.handle(.right) == .changed)
        #expect(!rated.showsHint && rated.value == 5)
        #expect(rated.handle(.character("j")) == .ignored)
    }

    @Test func valuesStayInRange() {
        var scale = Scale(range: 1...10, value: 42)
        #expect(scale.value == 10)
        scale.value = -3
        #expect(scale.value == 1)
    }
}

extension Scale {
    mutating func press(_ keys: Key...) { for key in keys { _ = handle(key) } }
}
