import Foundation
import Testing
@testable import JournalCore

/// The hand-written journal under `Fixtures/journal/`: 8 readable entries and 1 broken one.
enum QueryFixture {
    /// The fixture journal in the test bundle; read it, never write it.
    static func root(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let fixtures = try #require(Bundle.module.path(forResource: "Fixtures", ofType: nil), sourceLocation: sourceLocation)
        return fixtures + "/journal"
    }

    static func store() throws -> JournalStore { JournalStore(root: try root()) }

    static func snapshot() throws -> JournalSnapshot { try store().load() }

    /// A writable copy of the fixture journal in a fresh temp folder.
    static func copy() throws -> TempFolder {
        let folder = try TempFolder()
        try FileManager.default.removeItem(atPath: folder.path)
        try FileManager.default.copyItem(atPath: try root(), toPath: folder.path)
        return folder
    }

    static func day(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> LocalDay {
        try #require(LocalDay(parsing: text), sourceLocation: sourceLocation)
    }

    /// A minimal check-in written at `time` (ISO 8601 with offset).
    static func checkin(_ time: String, mood: Int? = nil, selfCare: [String] = []) throws -> Entry {
        let t = try timestamp(time)
        var e = Entry(id: EntryID.make(at: t, kind: .checkin), kind: .checkin, created: t)
        e.mood = mood
        e.selfCare = selfCare
        return e
    }
}
