import Foundation
import Testing

/// `onward insights` with `--json`: every list (achievements, lessons, wins) prints the same JSON
/// document, wherever the flag stands.
@Suite("onward insights --json")
struct InsightsCLITests {
    let cli = CLITests()

    func items(_ args: [String], in box: CLITests.Sandbox, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let r = try cli.onward(args, journal: box.journal)
        #expect(r.status == 0, "\(args): \(r.stderr)", sourceLocation: sourceLocation)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
        let doc = try #require(object as? [String: Any], "\(args): \(r.stdout)", sourceLocation: sourceLocation)
        #expect(doc["format_version"] as? Int == 1, sourceLocation: sourceLocation)
        return try #require(doc["items"] as? [[String: Any]], sourceLocation: sourceLocation)
    }

    @Test func everyListAnswersInJSONWhereverTheFlagStands() throws {
        let box = try CLITests.Sandbox()
        let saved = try cli.onward(["checkin", "--mood", "6", "--win", "called Sam back"], journal: box.journal)
        #expect(saved.status == 0, "\(saved.stderr)")
        for args in [["insights", "wins", "--json"], ["insights", "--json", "wins"], ["insights", "--json", "win"]] {
            let wins = try items(args, in: box)
            #expect(wins.count == 1, "\(args)")
            #expect(wins.first?["kind"] as? String == "win")
            #expect(wins.first?["text"] as? String == "called Sam back")
            #expect((wins.first?["entry_id"] as? String)?.contains("checkin") == true)
            #expect(wins.first?["day"] as? String != nil)
        }
        for args in [["insights", "--json"], ["insights", "achievements", "--json"], ["insights", "--json", "lessons"]] {
            #expect(try items(args, in: box).isEmpty, "\(args): no reflection, so no achievement or lesson")
        }
        // Without the flag it stays text.
        let text = try cli.onward(["insights", "wins"], journal: box.journal)
        #expect(text.stdout.hasPrefix("Small wins (1)"), "\(text.stdout)")
    }
}
