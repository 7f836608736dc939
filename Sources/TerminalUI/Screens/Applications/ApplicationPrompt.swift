import JournalCore

/// The one-line question at the bottom of the applications screen, and what the answer is for.
public struct ApplicationPrompt: Equatable, Sendable {
    /// What happens with the answer.
    public enum Purpose: Equatable, Sendable {
        case company
        case role(company: String)
        case moveDate(Stage)
        case event, note, feedback
        /// y/n before closing as rejected and starting a reflection.
        case saidNo
        /// y/n before a reflection on an application closed as rejected that has none yet.
        case reflectOnNo
    }

    public var purpose: Purpose
    public var field: TextField

    /// The question shown before the field.
    public var label: String {
        switch purpose {
        case .company: return "Company:"
        case .role: return "Role:"
        case .moveDate(let stage): return "Reached \(stage.label) on:"
        case .event: return "What happened?"
        case .note: return "Note:"
        case .feedback: return "What did they say?"
        case .saidNo: return "Close it as a no and reflect on it? y/n"
        case .reflectOnNo: return "It said no and has no reflection yet. Reflect on it now? y/n"
        }
    }

    /// True for the y/n question, which takes one key rather than typed text.
    public var isYesNo: Bool { purpose == .saidNo || purpose == .reflectOnNo }

    /// Whether the answer may have several lines (feedback, a note); other answers are one line.
    public var keepsLines: Bool { purpose == .feedback || purpose == .note }

    /// How a kept line break shows in the one-line field; the answer gets "\n" back.
    public static let lineBreakMark: Character = "⏎"

    /// The most characters a typed answer takes (feedback and notes have no limit: a pasted
    /// letter from a recruiter must be kept whole).
    public var maxLength: Int? { keepsLines ? nil : 2000 }

    /// A prompt for `purpose`, its field holding `text`.
    public init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.field = TextField(text: text)
        field.maxLength = maxLength
    }

    /// Puts pasted text in at the cursor, never submitting it: its line breaks are kept (shown
    /// as ⏎) where the answer may have several lines, else the lines are joined with spaces.
    /// Returns a sentence when part of it did not fit.
    public mutating func takePaste(_ pasted: String) -> String? {
        let text = keepsLines ? PastedText.marked(pasted, mark: Self.lineBreakMark) : PastedText.oneLine(pasted)
        guard field.insertPasted(text) else {
            return "Only the first \(maxLength ?? 0) characters fit in this answer; the rest of the paste was left out."
        }
        return nil
    }

    /// What a typed day comes to: the day, or one calm sentence on why it cannot be used.
    public enum DayAnswer: Equatable, Sendable {
        case day(LocalDay)
        case problem(String)
    }

    /// Reads the answer of a date question: a YYYY-MM-DD day from `sentOn` (the day the application
    /// was sent, when known) up to `today`. The sentences are short, as they share the prompt's
    /// one free row at 50 columns.
    public static func day(from text: String, today: LocalDay, sentOn: LocalDay?) -> DayAnswer {
        guard let day = LocalDay(parsing: text) else { return .problem("That is not a date: type it as \(today).") }
        if day > today { return .problem("That day is still to come: up to \(today).") }
        if let sentOn, day < sentOn { return .problem("It was sent on \(sentOn): that day or later.") }
        return .day(day)
    }

    /// The answer as typed, with kept line breaks back as "\n", trimmed.
    public var answer: String {
        var text = field.text
        if keepsLines { text = String(text.map { $0 == Self.lineBreakMark ? "\n" : $0 }) }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
