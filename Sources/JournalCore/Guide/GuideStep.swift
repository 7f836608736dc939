/// One screen of the guided reflection.
public struct GuideStep: Equatable, Sendable {
    public var id: String
    public var title: String
    public var input: GuideInput
    /// The `## ` heading the answers are saved under.
    public var section: String
    /// The opening words of the step.
    public var intro: String
    public var prompts: [GuidePrompt]

    public init(id: String, title: String, input: GuideInput, section: String, intro: String, prompts: [GuidePrompt]) {
        self.id = id
        self.title = title
        self.input = input
        self.section = section
        self.intro = intro
        self.prompts = prompts
    }
}
