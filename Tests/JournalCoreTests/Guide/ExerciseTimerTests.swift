import Foundation
import Testing
@testable import JournalCore

@Suite("The quiet timer of a timed step")
struct ExerciseTimerTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func countsOnlyWhileRunningAndSaysWhatIsLeft() {
        var timer = ExerciseTimer(duration: 15 * 60)
        #expect(timer.caption == "15 min left")
        #expect(timer.minutesWritten == nil)
        timer.tick(start, running: true)
        for s in stride(from: 30.0, through: 600, by: 30) { timer.tick(start + s, running: true) }
        #expect(timer.elapsed == 600)
        #expect(timer.caption == "5 min left")
        #expect(timer.minutesWritten == 10)
        // Away from the step (paused): the time does not count, nor the gap when coming back.
        timer.tick(start + 900, running: false)
        timer.tick(start + 1_000, running: true)
        #expect(timer.elapsed == 600)
        timer.tick(start + 1_270, running: true)  // a 270 s gap is a suspended machine: 60 s counted
        #expect(timer.elapsed == 660)
        timer.tick(start + 1_200, running: true)  // the clock set back counts nothing
        #expect(timer.elapsed == 660)
        for s in stride(from: 1_230.0, through: 1_500, by: 30) { timer.tick(start + s, running: true) }
        #expect(timer.elapsed == 960)
        #expect(timer.isUp)
        #expect(timer.caption == "time's up · stop when you like")
        #expect(timer.minutesWritten == 16)
    }

    @Test func theLastMinuteAndAResumedTimer() {
        var timer = ExerciseTimer(duration: 120, elapsed: 60)
        timer.tick(start, running: true)
        timer.tick(start + 20, running: true)
        #expect(timer.caption == "under a minute left")
        #expect(!timer.isUp)
        #expect(ExerciseTimer(duration: 0).duration == 1)
    }
}
