import JournalCore
import OnwardTestSupport
import Testing

@Suite("Sleep hours")
struct SleepHoursTests {
    @Test func plainNumbersFrom0To24AreRead() {
        for (text, hours) in SleepHoursSamples.accepted {
            #expect(SleepHours.parse(text) == hours, "\(text)")
        }
    }

    @Test func anythingElseIsRefused() {
        for text in SleepHoursSamples.refused {
            #expect(SleepHours.parse(text) == nil, "\(text)")
        }
    }
}
