import Testing
import JournalCore
@testable import TerminalUI

@Suite struct DateFieldTests {
    let today = LocalDay(year: 2024, month: 2, day: 28)

    func draw(_ field: DateField, height: Int = 2) -> ScreenBuffer {
        render(rows: height, columns: 40) { field.render(on: $0, in: Rect(row: 0, column: 0, width: 40, height: height), focused: true) }
    }

    @Test func defaultsToTodayFromTheCaller() {
        let field = DateField(year: 2024, month: 2, day: 28)
        #expect(field.date == today)
        #expect(draw(field).lines == ["2024-02-28  today", ""])
    }

    @Test func plusMinusAndArrowsChangeTheDayAcrossMonths() {
        var field = DateField(today: today)
        #expect(field.handle(.character("+")) == .changed)
        #expect(field.date == LocalDay(year: 2024, month: 2, day: 29))  // leap year
        field.press(.up)
        #expect(field.date == LocalDay(year: 2024, month: 3, day: 1))
        field.press(.down, .down, .character("-"))
        #expect(field.date.description == "2024-02-27")
        #expect(draw(field).lines[0] == "2024-02-27")
        field.press(.character("t"))
        #expect(field.date == today)
    }

    @Test func typingAWholeDateSetsIt() {
        var field = DateField(today: today)
        field.type("2023-12-3")
        #expect(field.typing == "2023-12-3")
        #expect(draw(field).lines[0] == "2023-12-3D")
        #expect(field.handle(.character("1")) == .changed)
        #expect(field.date == LocalDay(year: 2023, month: 12, day: 31))
        #expect(field.typing == nil)
        // Dashes are optional: they are added after the year and the month.
        field.type("20240101")
        #expect(field.date.description == "2024-01-01")
    }

    @Test func impossibleDatesAreRefused() {
        var field = DateField(today: today)
        field.type("2023-02-29")
        #expect(field.date == today)
        #expect(field.error == "2023-02-29 is not a date on the calendar")
        #expect(draw(field).lines == ["2023-02-29", "2023-02-29 is not a date on the calendar"])
        #expect(!field.isSettled)
        field.press(.backspace, .character("8"))
        #expect(field.date == LocalDay(year: 2023, month: 2, day: 28))
        #expect(field.error == nil)
    }

    @Test func incompleteEntryOnEnterShowsHowToType() {
        var field = DateField(today: today)
        field.type("2024-1")
        #expect(field.handle(.enter) == .handled)
        #expect(field.error == "Type the whole date, like 2024-02-28")
        #expect(field.handle(.escape) == .handled)
        #expect(field.typing == nil)
        #expect(field.date == today)
        #expect(field.handle(.escape) == .ignored)
        #expect(field.handle(.enter) == .submit)
    }

    @Test func calendarArithmetic() {
        #expect(LocalDay(year: 2023, month: 12, day: 31).adding(days: 1) == LocalDay(year: 2024, month: 1, day: 1))
        #expect(LocalDay(year: 2024, month: 3, day: 1).adding(days: -1).day == 29)
        #expect(LocalDay(year: 2100, month: 3, day: 1).adding(days: -1).day == 28)
        #expect(LocalDay(year: 2000, month: 3, day: 1).adding(days: -1).day == 29)
        #expect(LocalDay(parsing: "2024-13-01") == nil)
        #expect(LocalDay(parsing: "2024-1-01") == nil)
        #expect(LocalDay(parsing: "2024-04-31") == nil)
        #expect(LocalDay(parsing: "2024-04-30") == LocalDay(year: 2024, month: 4, day: 30))
        #expect(LocalDay(year: 2024, month: 4, day: 30) < LocalDay(year: 2024, month: 5, day: 1))
    }
}

extension DateField {
    mutating func press(_ keys: Key...) { for key in keys { _ = handle(key) } }
    mutating func type(_ text: String) { for c in text { _ = handle(.character(c)) } }
}
