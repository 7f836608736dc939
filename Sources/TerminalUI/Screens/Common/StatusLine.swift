import JournalCore

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

    /// The note wrapped to `width` columns: at most two lines, the second cut with "…".
    public func lines(width: Int) -> [String] {
        guard let text, !text.isEmpty, width > 0 else { return [] }
        let wrapped = TextWrapper.lines(SafeText.visible(text, keepNewlines: false), width: width)
        guard wrapped.count > 2 else { return wrapped }
        return [wrapped[0], TextWrapper.truncate(wrapped[1...].joined(separator: " "), toWidth: width)]
    }

    /// Rows kept for the note above the footer: one always (so the screen does not jump when a
    /// note comes and goes), two while a long one is shown.
    public func rows(width: Int) -> Int { max(1, lines(width: width).count) }

    /// Draws the note in bold on the rows just above row `bottom`.
    public func render(on canvas: Canvas, above bottom: Int, left: Int, width: Int) {
        let lines = lines(width: width)
        for (n, line) in lines.enumerated() {
            canvas.draw(line, row: bottom - lines.count + n, column: left, width: width, style: .bold)
        }
    }
}
