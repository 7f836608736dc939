import Testing
@testable import TerminalUI

@Suite("List viewport")
struct ListViewportTests {
    @Test func keepsTheSelectionOnScreen() {
        var v = ListViewport(count: 100)
        v.setHeight(10)
        #expect(v.visible == 0..<10)
        v.move(12)
        #expect(v.selection == 12)
        #expect(v.visible.contains(12))
        v.page(1)
        #expect(v.selection == 21)
        v.select(1_000)
        #expect(v.selection == 99)
        #expect(v.visible == 90..<100)
        v.move(-200)
        #expect(v.selection == 0 && v.top == 0)
        v.setCount(0)
        #expect(v.visible.isEmpty && v.selection == 0)
    }
}
