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

    @Test func footerKeepsTheKeysHintAndDropsTheLeastImportantFirst() {
        let footer = Footer([KeyHint("Tab", "next"), KeyHint("Shift-Tab", "back", priority: 2), KeyHint("Esc", "pause"),
                             KeyHint("Ctrl-P", "previous step", priority: 3), KeyHint("Ctrl-S", "save"), KeyHint("?", "keys")])
        #expect(footer.text(width: 86) == "Tab next · Shift-Tab back · Esc pause · Ctrl-P previous step · Ctrl-S save · ? keys")
        // Ctrl-P (3) goes first, then Shift-Tab (2); the others keep their order.
        #expect(footer.text(width: 60) == "Tab next · Shift-Tab back · Esc pause · Ctrl-S save … ? keys")
        #expect(footer.text(width: 45) == "Tab next · Esc pause · Ctrl-S save … ? keys")
        // Among equals the later goes first.
        #expect(footer.text(width: 30) == "Tab next · Esc pause … ? keys")
        #expect(footer.text(width: 12) == "… ? keys")
        #expect(footer.text(width: 5) == "? ke…")
        for width in 8...90 {
            let line = footer.text(width: width)
            #expect(line.hasSuffix("? keys"), "\(width): \(line)")
            #expect(line.displayWidth <= width)
        }
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
        // Too narrow even for one hint beside the help one: the help hint alone, as it leads to the rest.
        #expect(footer.text(width: 12) == "… F1 keys")
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
