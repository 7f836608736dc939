/// One screen of a guided exercise.
public struct GuideStep: Equatable, Sendable {
    public var id: String
    public var title: String
    public var input: GuideInput
    /// The `## ` heading the answers are saved under.
    public var section: String
    /// The opening words of the step.
    public var intro: String
    public var prompts: [GuidePrompt]
    /// When set, the step shows a quiet timer of this many minutes while the person writes.
    public var timerMinutes: Int?

    public init(id: String, title: String, input: GuideInput, section: String, intro: String, prompts: [GuidePrompt],
                timerMinutes: Int? = nil) {
        self.id = id
        self.title = title
        self.input = input
        self.section = section
        self.intro = intro
        self.prompts = prompts
        self.timerMinutes = timerMinutes
    }

    /// The prompts saved together under the step's own section.
    public var sharedPrompts: [GuidePrompt] { prompts.filter { $0.section == nil } }

    /// Every `## ` heading this step writes: its own and those of prompts with a section of their own.
    public var headings: [String] { [section] + prompts.compactMap(\.section) }
}
