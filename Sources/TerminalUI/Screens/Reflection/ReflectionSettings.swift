import JournalCore

/// The settings the reflection shows, read from the loop's context when the screen appears.
struct ReflectionSettings {
    var supportLine: String?
    var careerResources: String?

    init(_ settings: Settings) {
        supportLine = settings.supportLine.value
        careerResources = settings.careerResources.value
    }
}
