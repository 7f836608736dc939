import Testing
@testable import TerminalUI

@Suite struct ChromeTests {
    @Test func progressHeaderCaptionAndBar() {
        let header = ProgressHeader(step: 4, total: 10, title: "Achievements")
        let screen = render(rows: 3, columns: 20) { header.render(on: $0, in: Rect(row: 0, column: 0, width: 20, height: 2)) }
        #expect(screen.lines[0] == "Step 4 of 10 · Achi…")
        #expect(screen.lines[1] == "━━━━━━━━────────────")
        #expect(screen.style(at: Position(row: 0, column: 0)) == .bold)
        #expect(screen.style(at: Position(row: 1, column: 10)) == .dim)
        #expect(header.caption == "Step 4 of 10 · Achievements")
        #expect(ProgressHeader(step: 10, total: 10, title: "").filledCells(width: 20) == 20)
        #expect(ProgressHeader(step: 1, total: 0, title: "").filledCells(width: 20) == 0)
    }

    @Test func progressHeaderTruncatesWithEllipsis() {
        let header = ProgressHeader(step: 4, total: 10, title: "Achievements")
        let screen = render(rows: 1, columns: 40) { header.render(on: $0, in: Rect(row: 0, column: 0, width: 18, height: 1)) }
        #expect(screen.lines == ["Step 4 of 10 · Ac…"])
    }

    @Test func footerOnLastRowInReverse() {
        let footer = Footer([KeyHint("Tab", "next"), KeyHint("Shift-Tab", "back"), KeyHint("Ctrl-S", "skip"), KeyHint("Esc", "pause")])
        let screen = render(rows: 5, columns: 60) { footer.render(on: $0, in: Rect(size: $0.size)) }
        #expect(screen.lines[4] == " Tab next · Shift-Tab back · Ctrl-S skip · Esc pause")
        #expect(screen.lines[0...3].allSatisfy { $0.isEmpty })
        #expect(screen.style(at: Position(row: 4, column: 0)) == .reverse)
        #expect(screen.style(at: Position(row: 4, column: 59)) == .reverse)
    }

    @Test func footerDropsHintsThatDoNotFit() {
        let footer = Footer([KeyHint("Tab", "next"), KeyHint("Shift-Tab", "back"), KeyHint("Esc", "pause")])
        #expect(footer.text(width: 30) == "Tab next · Shift-Tab back …")
        #expect(footer.text(width: 5) == "Tab …")
        #expect(footer.text(width: 4) == "Tab…")
        let screen = render(rows: 1, columns: 20) { footer.render(on: $0, in: Rect(size: $0.size)) }
        #expect(screen.lines == [" Tab next …"])
    }

    @Test func footerKeepsTheHelpHintWhenCut() {
        let footer = Footer([KeyHint("Tab", "next"), KeyHint("Shift-Tab", "back"), KeyHint("Esc", "pause"),
                             KeyHint("Ctrl-N", "skip step"), KeyHint("F1", "keys"), KeyHint("Enter", "next")])
        for width in [60, 49, 30] {
            let text = footer.text(width: width)
            #expect(text.hasSuffix("… F1 keys"), "width \(width): \(text)")
            #expect(text.displayWidth <= width)
            #expect(text.hasPrefix("Tab next"))
        }
        #expect(footer.text(width: 49) == "Tab next · Shift-Tab back · Esc pause … F1 keys")
        // Too narrow even for one hint beside the help one: the plain cut still applies.
        #expect(footer.text(width: 12) == "Tab next …")
    }

    @Test func tooSmallNoticeIsCentred() {
        let notice = TooSmallNotice(minimum: Size(rows: 16, columns: 60), hint: "")
        let screen = ScreenBuffer(rows: 8, columns: 30)
        #expect(notice.applies(to: screen.size))
        #expect(!notice.applies(to: Size(rows: 16, columns: 60)))
        #expect(notice.applies(to: Size(rows: 15, columns: 100)))
        notice.render(on: screen)
        #expect(notice.message(for: screen.size) == "Terminal too small: 30x8, needs at least 60x16")
        #expect(screen.lines == ["", "", "", "  Terminal too small: 30x8,", "     needs at least 60x16", "", "", ""])
        #expect(screen.cursor == nil)
    }

    @Test func tooSmallNoticeWithHint() {
        let notice = TooSmallNotice(minimum: Size(rows: 24, columns: 80))
        let screen = ScreenBuffer(rows: 10, columns: 50)
        notice.render(on: screen)
        #expect(screen.lines.contains { $0.contains("Terminal too small: 50x10, needs at least 80x24") })
        #expect(screen.lines.contains { $0.contains("Make the window bigger, or press q to quit.") })
    }

    @Test func focusRingWraps() {
        var focus = FocusRing(count: 3)
        #expect(focus.handle(.tab) == true)
        #expect(focus.index == 1)
        #expect(focus.handle(.backTab) == true)
        #expect(focus.handle(.backTab) == true)
        #expect(focus.index == 2)
        #expect(focus.isFocused(2))
        #expect(focus.handle(.enter) == false)
        focus.focus(9)
        #expect(focus.index == 2)
    }

    @Test func rectSlicing() {
        let r = Rect(row: 1, column: 2, width: 10, height: 6)
        #expect(r.top(2) == Rect(row: 1, column: 2, width: 10, height: 2))
        #expect(r.bottom(1) == Rect(row: 6, column: 2, width: 10, height: 1))
        #expect(r.droppingTop(2).droppingBottom(1) == Rect(row: 3, column: 2, width: 10, height: 3))
        #expect(r.inset(horizontal: 1, vertical: 1) == Rect(row: 2, column: 3, width: 8, height: 4))
        #expect(r.centered(maxWidth: 4) == Rect(row: 1, column: 5, width: 4, height: 6))
        #expect(Rect(row: 0, column: 0, width: -3, height: 2).isEmpty)
    }
}
