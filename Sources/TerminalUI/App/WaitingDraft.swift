import JournalCore

/// An unfinished session as home names it, and where it is picked up.
public struct WaitingDraft: Equatable, Sendable {
    /// Where the session is picked up again.
    public enum Place: Equatable, Sendable { case resumeKey, otherExercises, applications }

    /// The words for it, e.g. "a reflection (Acme)", "a check-in", "Write it out".
    public var name: String
    public var place: Place

    public init(name: String, place: Place) {
        self.name = name
        self.place = place
    }

    /// The drafts, named: reflections with their company, exercises by their guide's title.
    public static func list(_ drafts: [Entry], library: GuideLibrary) -> [WaitingDraft] {
        drafts.compactMap { draft in
            switch draft.kind {
            case .reflection:
                let company = draft.company.map { " (" + SafeText.visible($0, keepNewlines: false) + ")" } ?? ""
                return WaitingDraft(name: "a reflection" + company, place: .resumeKey)
            case .checkin:
                return WaitingDraft(name: "a check-in", place: .resumeKey)
            case .note:
                if WriteScreen.resumable(in: [draft]) != nil { return WaitingDraft(name: "a page you started", place: .resumeKey) }
                let exercise = draft.exercise ?? "an exercise"
                let title = library.guide(named: exercise)?.title ?? exercise
                return WaitingDraft(name: midSentence(SafeText.visible(title, keepNewlines: false)), place: .otherExercises)
            case .application where draft.id == ApplicationPromptDraft.id:
                return WaitingDraft(name: "an answer on Applications", place: .applications)
            default:
                return nil
            }
        }
    }

    /// One calm sentence naming them all: "Waiting for you: a reflection (Acme), a check-in and Write it out."
    public static func sentence(_ waiting: [WaitingDraft]) -> String? {
        let names = waiting.map(\.name)
        guard !names.isEmpty else { return nil }
        let joined = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        return "Waiting for you: " + joined + "."
    }

    /// A title as it reads inside a sentence: "A kinder letter" becomes "a kinder letter", while
    /// a name that starts with two capitals (an acronym) is kept as written.
    static func midSentence(_ title: String) -> String {
        let letters = Array(title)
        guard letters.count > 1, letters[0].isUppercase, !letters[1].isUppercase else { return title }
        return letters[0].lowercased() + String(letters.dropFirst())
    }
}
