import Foundation
import JournalCore

/// The settings the reflection shows, read from the loop's context when the screen appears.
public struct ReflectionSettings {
    var supportLine: String?
    var careerResources: String?
    /// A shorter timer for a timed step, from `ONWARD_TIMER_SECONDS` (a whole number of seconds).
    var timerSeconds: TimeInterval?

    init(_ settings: Settings, environment: [String: String] = [:]) {
        supportLine = settings.supportLine.value
        careerResources = settings.careerResources.value
        if let text = environment[ReflectionScreen.timerSecondsVariable], let n = Int(text), (1...86_400).contains(n) {
            timerSeconds = TimeInterval(n)
        }
    }
}
