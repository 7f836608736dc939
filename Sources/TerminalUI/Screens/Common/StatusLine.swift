/// The line above the footer: a gentle note, or a draft that could not be saved. A draft
/// problem stays until the loop reports the next draft saved, whatever other notes came between.
public struct StatusLine: Equatable, Sendable {
    public private(set) var text: String?
    private var showsDraftProblem = false

    public init() {}

    /// Shows a note (nil clears the line).
    public mutating func show(_ note: String?) {
        text = note
        showsDraftProblem = false
    }

    /// Shows why the draft could not be saved.
    public mutating func showDraftProblem(_ message: String) {
        text = message
        showsDraftProblem = true
    }

    /// The draft was saved: a draft problem on the line is over.
    public mutating func draftSaved() {
        if showsDraftProblem { show(nil) }
    }

    /// Takes the loop's report on an autosave; false when `result` is not one.
    public mutating func noteDraft(_ result: EffectResult) -> Bool {
        switch result {
        case .draftFailed(let message):
            showDraftProblem(message)
            return true
        case .draftSaved:
            draftSaved()
            return true
        default:
            return false
        }
    }
}
