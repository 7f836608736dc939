/// One guided exercise (the reflection after a rejection, or another exercise): its name,
/// title, length, a few words of welcome, and its steps in order.
public struct Guide: Equatable, Sendable {
    /// The name the guide is known by (`reflection`, `write-it-out`), also its file's name.
    public var name: String
    public var title: String
    /// One line saying what the exercise is, for lists.
    public var about: String
    /// About how long it takes, in minutes.
    public var minutes: Int?
    public var intro: String
    public var steps: [GuideStep]

    /// The name of the guided reflection after a rejection.
    public static let reflectionName = "reflection"

    public init(name: String = Guide.reflectionName, title: String, about: String = "", minutes: Int? = nil,
                intro: String, steps: [GuideStep]) {
        self.name = name
        self.title = title
        self.about = about
        self.minutes = minutes
        self.intro = intro
        self.steps = steps
    }

    /// True for the reflection after a rejection; every other guide is an exercise saved as a note.
    public var isReflection: Bool { name == Self.reflectionName }

    /// The reflection built into the binary (`Resources/guides/reflection.md`).
    public static func builtIn() -> Guide { GuideLibrary.builtIn.reflection }

    /// The built-in reflection's text, for `onward guide --print`.
    public static var builtInText: String { BuiltInGuides.text(of: reflectionName) ?? "" }
}
