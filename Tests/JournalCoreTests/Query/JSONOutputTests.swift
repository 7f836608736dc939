import Foundation
import Testing
@testable import JournalCore

@Suite("JSON output")
struct JSONOutputTests {
    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func listUsesSnakeCaseAndStringDates() throws {
        let snapshot = try QueryFixture.snapshot()
        let json = try object(JSONOutput.encode(ListJSON(entries: snapshot.entries, problems: snapshot.problems)))
        #expect(json["format_version"] as? Int == 1)
        let entries = try #require(json["entries"] as? [[String: Any]])
        let acme = try #require(entries.first { $0["id"] as? String == "2026-11-27-1405-reflection-acme" })
        #expect(acme["created"] as? String == "2026-11-27T14:05:00+01:00")
        #expect(acme["day"] as? String == "2026-11-27")
        #expect(acme["intensity_before"] as? Int == 7)
        #expect(acme["stage"] as? String == "final-interview")
        #expect(acme["path"] as? String == "entries/2026/11/2026-11-27-1405-reflection-acme.md")
        let unreadable = try #require(json["unreadable"] as? [[String: Any]])
        #expect(unreadable.count == 1)
    }

    @Test func invisibleControlsAreEscapedAndReadBackTheSame() throws {
        let hostile = "Acme\u{202E}gnp.exe\u{2066}x\u{2069} \u{85}end\u{2028}é 🌱"
        let json = JSONOutput.encode(["title": hostile])
        #expect(json.contains("\\u202e") && json.contains("\\u2066") && json.contains("\\u0085") && json.contains("\\u2028"))
        #expect(!json.unicodeScalars.contains { [0x202E, 0x2066, 0x2069, 0x85, 0x2028].contains($0.value) })
        #expect(try object(json)["title"] as? String == hostile)
        #expect(json.contains("é 🌱"))
    }

    @Test func keysAreSorted() throws {
        let stats = Stats(entries: try QueryFixture.snapshot().entries.map(\.entry), today: try QueryFixture.day("2026-12-02"))
        let text = JSONOutput.encode(StatsJSON(stats))
        let keys = ["\"checkins\"", "\"entries_by_kind\"", "\"format_version\"", "\"intensity\""]
        let positions = try keys.map { try #require(text.range(of: $0)?.lowerBound) }
        #expect(positions == positions.sorted())
        let json = try object(text)
        let streak = try #require(json["streak"] as? [String: Any])
        #expect(streak["current"] as? Int == 4)
        #expect(streak["last_checkin"] as? String == "2026-12-01")
    }

    @Test func statsAndInsightsRoundTrip() throws {
        let entries = try QueryFixture.snapshot().entries.map(\.entry)
        let stats = StatsJSON(Stats(entries: entries, today: try QueryFixture.day("2026-12-02")))
        #expect(try JSONDecoder().decode(StatsJSON.self, from: Data(JSONOutput.encode(stats).utf8)) == stats)
        let insights = InsightsJSON(Insights(entries: entries))
        let back = try JSONDecoder().decode(InsightsJSON.self, from: Data(JSONOutput.encode(insights).utf8))
        #expect(back == insights)
        #expect(back.items.first?.entryID == "2026-12-05-1100-reflection-globex")
    }
}
