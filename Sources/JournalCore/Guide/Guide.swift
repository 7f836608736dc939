/// The guided reflection: a title, a few words of welcome, and its steps in order.
public struct Guide: Equatable, Sendable {
    public var title: String
    public var intro: String
    public var steps: [GuideStep]

    public init(title: String, intro: String, steps: [GuideStep]) {
        self.title = title
        self.intro = intro
        self.steps = steps
    }

    /// The guide built into the binary (`Resources/guide.md`).
    public static func builtIn() -> Guide {
        let text = String(decoding: PackageResources.guide_md, as: UTF8.self)
        // The built-in guide is tested; failing here means the build embedded a broken file.
        guard let guide = try? GuideParser.parse(text) else { fatalError("the built-in guide.md does not parse") }
        return guide
    }

    /// The built-in guide's text, for `onward guide --print`.
    public static var builtInText: String { String(decoding: PackageResources.guide_md, as: UTF8.self) }
}
