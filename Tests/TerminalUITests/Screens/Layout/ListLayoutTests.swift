import JournalCore
import Testing
@testable import TerminalUI

/// Lists with a cursor keep it in view at every size, and say what is above or below in a row
/// of their own, never over an item.
@Suite("Lists keep their cursor in view")
struct ListLayoutTests {
    static let sizes = [24 * 1000 + 80, 20 * 1000 + 60, 16 * 1000 + 50]

    @Test(arguments: sizes)
    func theFeelingsChecklist(packed: Int) throws {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        let screen = ReflectionScreen(guide: Guide.builtIn(), resuming: nil, now: testNow, earlierAchievements: [])
        _ = screen.handle(.resize(size))
        screen.press(.control("n"))
        let field = try #require(screen.forms[1].firstIndex { $0.widget is Checklist })
        while screen.focus[1] != field { screen.press(.tab) }
        var seen: Set<String> = []
        // Down through every item to the "Other:" line; the cursor's row is on screen each time.
        for _ in 0..<14 {
            let buffer = screen.rendered(rows: size.rows, columns: size.columns)
            let cursorRows = buffer.lines.enumerated().filter { $0.element.contains("› [") || $0.element.contains("› Other:") }
            try #require(cursorRows.count == 1, "\(buffer.text)")
            let row = cursorRows[0].offset
            #expect(row < size.rows - 2, "the cursor runs into the status line:\n\(buffer.text)")
            seen.insert(cursorRows[0].element.trimmingCharacters(in: .whitespaces))
            // Nothing else lands between the list and the footer but a marker, a blank or the status.
            let below = buffer.lines[(row + 1)..<(size.rows - 1)]
            #expect(!below.contains { $0.contains("more below (Tab)") && $0.contains("[") }, "\(buffer.text)")
            screen.press(.down)
        }
        #expect(seen.contains { $0.hasPrefix("› Other:") })
        #expect(seen.count == 11, "\(seen)")  // ten feelings and the "Other:" line
        // At the smallest size the list scrolls inside its box and says how much is above.
        if size.rows == 16 {
            let text = screen.rendered(rows: size.rows, columns: size.columns).text
            #expect(text.contains("more above"))
        }
    }

    @Test(arguments: sizes)
    func theCheckinSelfCareList(packed: Int) throws {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = CheckinHarness.open(journal)
        _ = screen.handle(.resize(size))
        let field = try #require(screen.fields.firstIndex { $0.id == .selfCare })
        while screen.focusedStop != .field(field) { screen.press(.tab) }
        guard let list = screen.fields[field].widget as? Checklist else { Issue.record("not a checklist"); return }
        // Every item and then the "Other:" line (a Down there moves on to the next field).
        for _ in 0...list.items.count {
            let buffer = screen.rendered(rows: size.rows, columns: size.columns)
            let cursorRows = buffer.lines.indices.filter { buffer.lines[$0].contains("› [") || buffer.lines[$0].contains("› Other") }
            try #require(cursorRows.count == 1, "\(buffer.text)")
            #expect(cursorRows[0] < size.rows - 2, "\(buffer.text)")
            screen.press(.down)
        }
        #expect(screen.focusedStop == .field(field + 1))
    }

    @Test func aChoiceListShorterThanItsOptionsScrollsWithMarkers() {
        var list = ChoiceList(options: (1...8).map { "option \($0)" })
        _ = list.handle(.end)
        let box = Rect(row: 0, column: 0, width: 20, height: 4)
        var buffer = render(rows: 4, columns: 20) { list.render(on: $0, in: box, focused: true) }
        #expect(buffer.lines == ["↑ 5 more above", "  option 6", "  option 7", "› option 8"])
        _ = list.handle(.home)
        buffer = render(rows: 4, columns: 20) { list.render(on: $0, in: box, focused: true) }
        #expect(buffer.lines == ["› option 1", "  option 2", "  option 3", "↓ 5 more below"])
        for _ in 0..<3 { _ = list.handle(.down) }
        buffer = render(rows: 4, columns: 20) { list.render(on: $0, in: box, focused: true) }
        #expect(buffer.lines == ["↑ 2 more above", "  option 3", "› option 4", "↓ 4 more below"])
    }

    @Test(arguments: sizes)
    func theHomeMenuFitsWithADraftAndAMessage(packed: Int) throws {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        var draft = Entry(id: EntryID.make(at: testNow, kind: .reflection), kind: .reflection, created: testNow)
        draft.company = "Acme Corporation International"
        let home = HomeScreen(summary: HomeSummary(today: testNow.day, draft: draft, entryCount: 0, problemCount: 3,
                                                   message: "Saved to entries/2026/11/2026-11-27-1405-reflection-acme-corporation.md."))
        _ = home.handle(.result(.journalPlace(JournalPlace(root: "/home/sam/.local/share/onward", home: "/home/sam"))))
        for item in 0..<HomeMenuItem.allCases.count {
            let buffer = home.rendered(rows: size.rows, columns: size.columns)
            let lines = buffer.lines
            // Every menu item has a row of its own, the chosen one marked, above the place line.
            let chosen = try #require(lines.firstIndex { $0.contains("› " + HomeMenuItem.allCases[item].title) }, "\(buffer.text)")
            #expect(chosen < size.rows - 2)
            // With eight items the menu scrolls at 50x16 (never above it): then none is doubled
            // and a marker outside the list says what is hidden.
            let scrolled = lines.contains { $0.contains("more below") || $0.contains("more above") }
            #expect(!scrolled || size.rows <= 16, "\(buffer.text)")
            for other in HomeMenuItem.allCases {
                let count = lines.filter { $0.contains(other.title) }.count
                #expect(scrolled ? count <= 1 : count == 1, "\(other.title) missing or doubled:\n\(buffer.text)")
            }
            #expect(lines[size.rows - 2].contains("on this machine") || lines[size.rows - 2].contains("On this machine"), "\(buffer.text)")
            #expect(lines[size.rows - 1].contains("? keys"))
            // The greeting wraps rather than being cut; at 50x16 it gives way to the menu.
            let joined = buffer.text.replacingOccurrences(of: "\n  ", with: " ")
            #expect(joined.contains("at your own pace.") == (size.rows > 16), "\(buffer.text)")
            #expect(joined.contains("(Acme Corporation International) is waiting."), "\(buffer.text)")
            home.press(.down)
        }
        if size.rows == 24 {
            let text = home.rendered(rows: size.rows, columns: size.columns).text
            #expect(text.contains("3 files in the journal could not be read"))
            #expect(text.contains("An unfinished reflection (Acme Corporation International) is waiting."))
        }
    }

    @Test(arguments: sizes)
    func theDraftsChooserKeepsTheHighlightInView(packed: Int) throws {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        let drafts = (0..<20).map { n -> Entry in
            let at = LocalTimestamp(day: testNow.day, hour: 9, minute: n, utcOffset: 3600)
            var e = Entry(id: EntryID.make(at: at, kind: .reflection), kind: .reflection, created: at)
            e.company = "Company \(n)"
            return e
        }
        let chooser = DraftChoiceScreen(drafts: drafts)
        for n in 0...20 {
            let buffer = chooser.rendered(rows: size.rows, columns: size.columns)
            let wanted = n < 20 ? "› Company \(n) ·" : "› Start a new reflection"
            let row = try #require(buffer.lines.firstIndex { $0.contains(wanted) }, "\(buffer.text)")
            #expect(row < size.rows - 1)
            let hidden = buffer.lines.filter { $0.contains("more above") || $0.contains("more below") }
            #expect(!hidden.isEmpty, "\(buffer.text)")
            // The markers count exactly what is off screen.
            let shown = buffer.lines.filter { $0.contains("Company ") || $0.contains("Start a new") }.count
            let counts = hidden.compactMap { $0.split(separator: " ").dropFirst(1).first.flatMap { Int($0) } }
            #expect(shown + counts.reduce(0, +) == 21, "\(buffer.text)")
            chooser.press(.down)
        }
    }
}
