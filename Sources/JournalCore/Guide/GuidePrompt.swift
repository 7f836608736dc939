/// One question of a step, answered in a text box.
public struct GuidePrompt: Equatable, Sendable {
    /// A short name, written as the `### ` heading of the answer when a step has several prompts.
    public var label: String
    public var question: String
    /// The example shown in the empty box, because a blank box is hard to start.
    public var example: String?
    /// When true, each line of the answer is saved as a Markdown bullet.
    public var isList: Bool
    /// When set, the answer is saved under this `## ` heading of its own instead of the step's
    /// (how the reflection keeps `## Plans` and `## Next time` apart for the check-in to read).
    public var section: String?

    public init(label: String, question: String, example: String? = nil, isList: Bool = false, section: String? = nil) {
        self.label = label
        self.question = question
        self.example = example
        self.isList = isList
        self.section = section
    }
}
