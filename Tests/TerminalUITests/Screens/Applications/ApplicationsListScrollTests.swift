import Foundation
import Testing
import JournalCore
@testable import TerminalUI

/// A list longer than the screen says what is out of view, as other lists do.
@Suite("Applications screen: more above, more below")
struct ApplicationsListScrollTests {
    /// 25 applications: 10 at applied, 7 at a screening call, 8 closed.
    func twentyFive() -> ApplicationsScreen {
        let day = testNow.day
        let entries = (0..<25).map { n -> StoredEntry in
            let at = LocalTimestamp(day: day.adding(days: -3), hour: 8 + n / 10, minute: n % 10, utcOffset: 3600)
            var e = ApplicationChange.new(company: String(format: "Company %02d", n), role: "Role", applied: day.adding(days: -3), at: at)
            if (10..<17).contains(n) { ApplicationChange.move(&e, to: .screen, on: day, note: nil, at: testNow) }
            if n >= 17 { ApplicationChange.close(&e, as: .rejected, on: day, note: nil, at: testNow) }
            return StoredEntry(entry: e, relativePath: "entries/\(e.id.rawValue).md", size: 0, modified: 0)
        }
        return ApplicationsScreen(entries: entries, today: day, quietAfterDays: 14)
    }

    /// The number in a marker row, e.g. 8 in "↓ 8 more below · closed".
    func count(in line: String, arrow: String) -> Int? {
        guard let at = line.range(of: arrow + " ") else { return nil }
        return Int(line[at.upperBound...].prefix { $0.isNumber })
    }

    @Test(arguments: [(24, 80), (20, 60), (16, 50)])
    func everyApplicationIsOnScreenOrCountedInAMarker(rows: Int, columns: Int) throws {
        let screen = twentyFive()
        _ = screen.handle(.resize(Size(rows: rows, columns: columns)))
        let total = screen.lines.count { $0.record != nil }
        #expect(total == 25)
        var sawAbove = false, sawBelow = false
        for step in 0..<total {
            let lines = screen.rendered(rows: rows, columns: columns).lines
            let shown = lines.count { $0.contains("Company ") }
            let above = lines.compactMap { count(in: $0, arrow: "↑") }.first ?? 0
            let below = lines.compactMap { count(in: $0, arrow: "↓") }.first ?? 0
            sawAbove = sawAbove || above > 0
            sawBelow = sawBelow || below > 0
            #expect(shown + above + below == total, "step \(step): \(shown) shown, \(above) above, \(below) below\n\(lines.joined(separator: "\n"))")
            let selected = try #require(screen.selected)
            #expect(lines.filter { $0.contains("› " + selected.title.prefix(10)) }.count == 1, "the selected row is in view at step \(step)")
            #expect(lines.allSatisfy { $0.displayWidth <= columns })
            _ = screen.press(.down)
        }
        #expect(sawAbove && sawBelow)
    }

    @Test func theMarkerBelowNamesTheGroupsOutOfViewAndTheOneAboveTheGroupShown() throws {
        let screen = twentyFive()
        _ = screen.handle(.resize(Size(rows: 24, columns: 80)))
        let first = screen.rendered(rows: 24, columns: 80).lines
        let below = try #require(first.first { $0.contains("↓") })
        #expect(below.contains("more below · closed"), "\(below)")
        // To the end, then up to the first row of the applied group (screening calls come first): its heading shows.
        _ = screen.press(.end)
        let last = screen.rendered(rows: 24, columns: 80).lines
        #expect(last.contains { $0.contains("closed (8)") })
        let above = try #require(last.first { $0.contains("↑") })
        #expect(above.contains("more above"), "\(above)")
        for _ in 0..<17 { _ = screen.press(.up) }
        #expect(screen.selected?.stage == .applied)
        let index = try #require(screen.selection)
        #expect(screen.lines[index - 1].record == nil, "the first of its group")
        let lines = screen.rendered(rows: 24, columns: 80).lines
        let firstShown = try #require(lines.firstIndex { $0.contains("Company ") })
        let heading = lines[firstShown - 1]
        #expect(heading.contains("applied (10)"), "\(lines.joined(separator: "\n"))")
    }
}
