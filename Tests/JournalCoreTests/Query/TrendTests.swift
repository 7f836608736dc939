import Testing
@testable import JournalCore

@Suite("Sparklines and trend series")
struct TrendTests {
    @Test func sparklineUsesAFixedScaleAndDotsForGaps() {
        #expect(Sparkline.marks([1, 10, nil, 5.5], scale: 1...10) == "▁█·▅")
        #expect(Sparkline.marks([-3, 99], scale: 1...10) == "▁█")
        #expect(Sparkline.marks([0, 5, 10], scale: 0...10) == "▁▅█")
        #expect(Sparkline.marks([], scale: 0...10) == "")
        #expect(Sparkline.legend(scale: 1...10) == "▁ 1 … █ 10")
    }

    func point(_ day: Int, month: Int = 12, mood: Double?) -> CheckinPoint {
        CheckinPoint(day: LocalDay(year: 2026, month: month, day: day), mood: mood, energy: nil, sleepHours: nil, checkins: 1)
    }

    @Test func dailySeriesEndsTodayOldestFirst() {
        let today = LocalDay(year: 2026, month: 12, day: 10)
        let series = TrendSeries([point(10, mood: 8), point(8, mood: 2), point(1, month: 11, mood: 5)], value: \.mood, days: 5, endingOn: today)
        #expect(series.values.count == 5)
        #expect(series.values == [nil, nil, 2, nil, 8])
        #expect(series.average == 5)
        #expect(series.daysWithValues == 2)
    }

    @Test func bucketsAverageTheirDays() {
        let today = LocalDay(year: 2026, month: 12, day: 9)
        // 9 days in buckets of 3: [1,2,3] [4,5,6] [7,8,9].
        let points = [point(1, mood: 2), point(3, mood: 4), point(8, mood: 9)]
        let series = TrendSeries(points, value: \.mood, days: 9, bucketDays: 3, endingOn: today)
        #expect(series.values == [3, nil, 9])
        #expect(series.sparkline(scale: 1...10) == "▃·▇")
        #expect(series.average == 5)
        let ninety = TrendSeries(points, value: \.mood, days: 90, bucketDays: 3, endingOn: today)
        #expect(ninety.values.count == 30)
    }

    @Test func summaryWordsTheStreakWithoutReproach() {
        var checkin = Entry(id: EntryID("2026-12-06-1000-checkin"), kind: .checkin,
                            created: LocalTimestamp(day: LocalDay(year: 2026, month: 12, day: 6), hour: 10))
        checkin.mood = 6
        let summary = TrendSummary(Stats(entries: [checkin], today: LocalDay(year: 2026, month: 12, day: 7)))
        #expect(summary.streakText == "1 day; today's check-in is still open (longest 1)")
        #expect(TrendSummary.line(summary.mood30).hasSuffix("▅·  average 6.0"))
        #expect(summary.mood90.values.count == 30)
        #expect(TrendSummary(Stats(entries: [], today: LocalDay(year: 2026, month: 12, day: 7))).streakText == "none running; any check-in starts one")
    }

    @Test func searchCorpusMatchesLikeSearchAndNarrows() {
        let docs = ["---\nkind: note\n---\nA FINAL interview at Acme", "an interview, not final", "Un peu DÉÇU aujourd'hui", ""]
        let corpus = SearchCorpus(documents: docs.map { Array($0.utf8) })
        #expect(corpus.matches(Search(query: "final INTERVIEW")) == [0, 1])
        #expect(corpus.matches(Search(query: "final interview acme"), among: [1]) == [])
        #expect(corpus.matches(Search(query: "déçu")) == [2])
        #expect(corpus.matches(Search(query: "")) == [0, 1, 2, 3])
        for (i, doc) in docs.enumerated() {
            for query in ["final", "acme interview", "déçu", "zzz"] {
                let search = Search(query: query)
                #expect(corpus.matches(search, among: [i]).isEmpty == (search.snippet(in: Array(doc.utf8)) == nil))
            }
        }
        var edited = corpus
        edited.replace(1, with: Array("nothing here".utf8))
        #expect(edited.matches(Search(query: "interview")) == [0])
        edited.remove(0)
        #expect(edited.matches(Search(query: "déçu")) == [1])
    }
}
