import Foundation
import Testing
@testable import JournalCore

/// A small journal with one entry of each kind, one of them full of hostile text.
enum FitInJournal {
    static let hostile = "<script>alert('x')</script> & \u{1B}[31mred\u{1B}[0m \u{202E}evil"

    static func make(in folder: TempFolder) throws -> JournalStore {
        let store = JournalStore(root: folder.path + "/journal")
        let t1 = try timestamp("2026-11-27T14:05:00+01:00")
        var reflection = Entry(id: EntryID.make(at: t1, kind: .reflection, slugSource: "Acme"), kind: .reflection, created: t1)
        reflection.company = "Acme"
        reflection.role = "Backend Engineer"
        reflection.stage = .finalInterview
        reflection.emotions = ["disappointed", "frustrated"]
        reflection.intensityBefore = 7
        reflection.intensityAfter = 4
        reflection.tags = ["rejection"]
        reflection.title = "Acme, Backend Engineer"
        reflection.sections = [
            Section(heading: "Feelings", body: "Tired, but \(hostile)."),
            Section(heading: "Achievements", body: "- Led the migration\n- Mentored two people"),
        ]
        reflection.extraFields = [RawField(key: "mine", text: "mine: kept as written")]
        let t2 = try timestamp("2026-11-28T08:10:00+01:00")
        var checkin = Entry(id: EntryID.make(at: t2, kind: .checkin), kind: .checkin, created: t2)
        checkin.mood = 6
        checkin.energy = 5
        checkin.sleepHours = 7.5
        checkin.selfCare = ["exercise", "reading"]
        checkin.wins = [hostile]
        let t3 = try timestamp("2026-12-03T18:00:00+01:00")
        var note = Entry(id: EntryID.make(at: t3, kind: .note, slugSource: "coffee"), kind: .note, created: t3)
        note.title = hostile
        note.preamble = "plain words\n- a list item"
        note.sections = [Section(heading: "More", body: "### A sub-heading\nText.")]
        for entry in [reflection, checkin, note] { try store.create(entry) }
        return store
    }
}
