import Testing
import JournalCore
@testable import TerminalUI

/// A widget the form has never heard of: a counter that `+` raises. It proves a new kind of
/// field needs only a new type.
private struct Counter: FormWidget {
    var value = 0
    mutating func handle(_ key: Key) -> WidgetResponse {
        guard key == .character("+") else { return .ignored }
        value += 1
        return .changed
    }
    func render(on canvas: Canvas, in rect: Rect, focused: Bool) {
        canvas.draw("count \(value)" + (focused ? " (+ adds one)" : ""), row: rect.row, column: rect.column, width: rect.width, style: .plain)
        canvas.draw(String(repeating: "*", count: value), row: rect.row + 1, column: rect.column, width: rect.width, style: .plain)
    }
    func height(for room: WidgetRoom, focused: Bool) -> Int { 2 }
    var keyHints: [KeyHint] { [KeyHint("+", "add")] }
}

private struct Tally { var name = ""; var count = 0 }

@Suite struct FormTests {
    private func form() -> Form<String, Tally> {
        Form([
            FormField(id: "name", label: "Name", widget: TextField(placeholder: "yours")) { $1.name = $0 },
            FormField(id: "about", label: "About", widget: TextBlock(lines: ["read only"], style: .dim)),
            FormField(id: "count", label: "Count", widget: Counter()) { $1.count = $0 },
        ])
    }

    @Test func aWidgetTypeOfItsOwnTakesKeysDrawsAndGivesItsValue() {
        var f = form()
        #expect(f.handle(.character("A")) == .widget(.changed))
        // The read-only text is passed over.
        #expect(f.handle(.tab) == .moved)
        #expect(f.focusedID == "count")
        #expect(f.focusKeyHints == [KeyHint("+", "add")])
        #expect(!f.focusTakesText)
        #expect(f.handle(.character("+")) == .widget(.changed))
        #expect(f.handle(.character("+")) == .widget(.changed))
        #expect(f.handle(.character("x")) == .widget(.ignored))
        var tally = Tally()
        f.write(into: &tally)
        #expect(tally.name == "A" && tally.count == 2)

        let buffer = ScreenBuffer(rows: 12, columns: 40)
        f.render(on: buffer, top: 0, bottom: 12, left: 2, width: 36, textRows: 3)
        assertLines(buffer, [
            "  Name",
            "    A",
            "",
            "  About",
            "    read only",
            "",
            "› Count",
            "    count 2 (+ adds one)",
            "    **",
            "",
            "",
            "",
        ])
    }

    @Test func tabStopsAtTheEndsAndSaysWhichWayItWouldLeave() {
        var f = form()
        #expect(f.handle(.backTab) == .leftStart)
        #expect(f.focusedID == "name")
        #expect(f.handle(.tab) == .moved)
        #expect(f.handle(.tab) == .leftEnd)
        #expect(f.focusedID == "count")
        #expect(f.handle(.backTab) == .moved)
        #expect(f.focusedID == "name")
        f.focusLast()
        #expect(f.focusedID == "count")
        // Focusing the read-only text lands on the next field that can take the focus.
        f.focus(on: 1)
        #expect(f.focusedID == "count")
    }

    /// Twelve one-line fields, three rows each: taller than a 16-row screen, not a 60-row one.
    private func tall() -> Form<Int, [Int: String]> {
        Form((0..<12).map { n in
            FormField(id: n, label: "Field \(n + 1)", widget: TextField(text: "answer \(n + 1)")) { $1[n] = $0 }
        })
    }

    @Test func aFormTallerThanTheScreenScrollsToTheFocusAndSaysWhatIsHidden() {
        var f = tall()
        let small = ScreenBuffer(rows: 16, columns: 50)
        f.render(on: small, top: 0, bottom: 15, left: 2, width: 46, textRows: 3)
        assertLines(small, [
            "› Field 1", "    answer 1", "",
            "  Field 2", "    answer 2", "",
            "  Field 3", "    answer 3", "",
            "  Field 4", "    answer 4", "",
            "  ↓ more below",
            "", "", "",
        ])
        for _ in 0..<7 { _ = f.handle(.tab) }
        let middle = ScreenBuffer(rows: 16, columns: 50)
        f.render(on: middle, top: 0, bottom: 15, left: 2, width: 46, textRows: 3)
        assertLines(middle, [
            "  ↑ more above",
            "  Field 5", "    answer 5", "",
            "  Field 6", "    answer 6", "",
            "  Field 7", "    answer 7", "",
            "› Field 8", "    answer 8", "",
            "  ↓ more below",
            "", "",
        ])
        for _ in 0..<4 { _ = f.handle(.tab) }
        #expect(f.focusedID == 11)
        let bottom = ScreenBuffer(rows: 16, columns: 50)
        f.render(on: bottom, top: 0, bottom: 15, left: 2, width: 46, textRows: 3)
        #expect(bottom.lines[0].hasPrefix("  ↑ more above"))
        #expect(bottom.lines.contains { $0.hasPrefix("› Field 12") })
        #expect(!bottom.text.contains("more below"))

        let large = ScreenBuffer(rows: 60, columns: 200)
        f.render(on: large, top: 0, bottom: 59, left: 2, width: 196, textRows: 3)
        #expect(!large.text.contains("more"))
        #expect((1...12).allSatisfy { n in large.lines.contains { $0.trimmingCharacters(in: .whitespaces).hasSuffix("Field \(n)") } })
        #expect(large.lines[33].hasPrefix("› Field 12"))
    }

    @Test func aWidgetBesideItsLabelFoldsAndMovesUnderItWhenFocused() {
        var f: Form<String, [String]> = Form([
            FormField(id: "mood", label: "Mood", widget: Scale(range: 1...3), placement: .beside(labelWidth: 10), gapAfter: 0),
            FormField(id: "care", label: "Care", widget: Checklist(items: ["rest", "reading"], checked: ["rest"]),
                      placement: .beside(labelWidth: 10), gapAfter: 0) { $1 = $0 },
        ])
        let folded = ScreenBuffer(rows: 6, columns: 40)
        f.render(on: folded, top: 0, bottom: 6, left: 2, width: 36, textRows: 3)
        #expect(folded.lines[1].hasPrefix("  Care      rest"))
        _ = f.handle(.tab)
        let open = ScreenBuffer(rows: 6, columns: 40)
        f.render(on: open, top: 0, bottom: 6, left: 2, width: 36, textRows: 3)
        #expect(open.lines[1].hasPrefix("› Care"))
        #expect(open.lines[2].contains("[x] rest"))
        var ticked: [String] = []
        f.write(into: &ticked)
        #expect(ticked == ["rest"])
    }
}
