/// The set of guides a session offers: the built-in ones, with the person's own added or
/// put in place of a built-in one of the same name.
public struct GuideLibrary: Equatable, Sendable {
    /// Every guide, the reflection first, then the exercises in the order they are offered.
    public private(set) var guides: [Guide]

    public init(guides: [Guide]) {
        self.guides = guides
        if !guides.contains(where: \.isReflection) { self.guides.insert(GuideLibrary.builtIn.reflection, at: 0) }
    }

    /// The guides built into the binary; each is tested, so failing here means a broken build.
    public static let builtIn: GuideLibrary = {
        let guides = BuiltInGuides.files.map { file -> Guide in
            guard let guide = try? GuideParser.parse(file.text, defaultName: file.name) else {
                fatalError("the built-in guide \(file.name).md does not parse")
            }
            return guide
        }
        return GuideLibrary(checkedGuides: guides)
    }()

    private init(checkedGuides: [Guide]) { guides = checkedGuides }

    /// The guide called `name`, if the library has it.
    public func guide(named name: String) -> Guide? { guides.first { $0.name == name } }

    /// The guided reflection after a rejection.
    public var reflection: Guide { guides.first(where: \.isReflection)! }

    /// The exercises other than the reflection, in order.
    public var exercises: [Guide] { guides.filter { !$0.isReflection } }

    /// This library with `own` guides put in place of those of the same name, or added at the end.
    public func replacing(with own: [Guide]) -> GuideLibrary {
        var result = guides
        for guide in own {
            if let i = result.firstIndex(where: { $0.name == guide.name }) { result[i] = guide } else { result.append(guide) }
        }
        return GuideLibrary(checkedGuides: result)
    }
}
