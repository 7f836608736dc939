import Foundation
import Testing
@testable import JournalCore
@testable import TerminalUI

@Suite("What matters to me, offered on home and in the check-in")
struct WhatMattersHomeTests {
    let zone = TimeZone(secondsFromGMT: 3600)!

    func homeText(_ journal: TempJournal, on day: LocalDay, settings: Settings = .defaults) -> String {
        let terminal = ScreenBuffer(rows: 24, columns: 80)
        terminal.enqueue(.terminate)
        let noon = LocalTimestamp(day: day, hour: 12, minute: 0, utcOffset: 3600)
        App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { noon.date },
            timeZone: zone, settings: settings).run(.home)
        // The line may wrap on the screen: read it as running text.
        return terminal.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func anApplicationAddedLongAgoIsAnnouncedOnTheEveOfItsNextActionOnly() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        // Added a month before the interview: far outside the last week's entries.
        var app = Entry(id: EntryID.make(at: testNow, kind: .application, slugSource: "Globex"), kind: .application, created: testNow)
        app.company = "Globex"
        app.nextAction = "interview with Sam"
        let interview = testNow.day.adding(days: 30)
        app.nextActionOn = interview
        _ = try journal.store.create(app)

        let eve = homeText(journal, on: interview.adding(days: -1))
        #expect(eve.contains("Tomorrow: Globex: interview with Sam · What matters to me, if you'd like"), "\(eve)")
        #expect(!homeText(journal, on: interview.adding(days: -2)).contains("Tomorrow:"), "two days before")
        #expect(!homeText(journal, on: interview).contains("Tomorrow:"), "the day itself")
        #expect(!homeText(journal, on: interview.adding(days: 1)).contains("Tomorrow:"), "after")

        var off = Settings.defaults
        off.invitations = Sourced(false, .configFile)
        #expect(!homeText(journal, on: interview.adding(days: -1), settings: off).contains("Tomorrow:"))

        // The check-in carries the same line, and honours the setting too.
        let eveNoon = LocalTimestamp(day: interview.adding(days: -1), hour: 12, minute: 0, utcOffset: 3600)
        #expect(CheckinSetup.load(store: journal.store, now: eveNoon).invitation?.exercise == "what-matters")
        #expect(CheckinSetup.load(store: journal.store, now: eveNoon, settings: off).invitation == nil)
        #expect(CheckinSetup.load(store: journal.store, now: LocalTimestamp(day: interview, hour: 12, minute: 0, utcOffset: 3600)).invitation == nil)
    }
}
