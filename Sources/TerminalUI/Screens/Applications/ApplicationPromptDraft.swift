import JournalCore

/// An open Applications prompt kept as a small draft under `.onward/drafts`, so its text (a whole
/// pasted email, often) survives a crash, a closed window or Ctrl-C, and is offered back when the
/// screen opens again. One onward runs per journal, so one fixed id is enough.
public enum ApplicationPromptDraft {
    /// The draft's id (never an entry's: entries' ids start with a date).
    public static let id = EntryID("applications-prompt")

    private static let answerHeading = "Answer"
    /// The answer is one line (kept line breaks show as ⏎); the mark keeps a line that starts
    /// with "#" from being read back as a heading.
    private static let linePrefix = "> "

    /// The draft of `prompt`, asked about the application `application` (nil while adding one).
    public static func entry(_ prompt: ApplicationPrompt, application: EntryID?, today: LocalDay) -> Entry? {
        guard !prompt.isYesNo else { return nil }
        var e = Entry(id: id, kind: .application, created: LocalTimestamp(day: today))
        e.applicationID = application
        switch prompt.purpose {
        case .company: e.title = "company"
        case .role(let company): e.title = "role"; e.company = company
        case .moveDate(let stage): e.title = "move"; e.stage = stage
        case .event: e.title = "event"
        case .note: e.title = "note"
        case .feedback: e.title = "feedback"
        case .saidNo, .reflectOnNo: return nil
        }
        e.sections = [Section(heading: answerHeading, body: linePrefix + prompt.field.text)]
        return e
    }

    /// The prompt a draft holds, and the application it was about; nil for anything else.
    public static func prompt(from e: Entry) -> (prompt: ApplicationPrompt, application: EntryID?)? {
        guard e.id == id, e.kind == .application else { return nil }
        let purpose: ApplicationPrompt.Purpose
        switch e.title {
        case "company": purpose = .company
        case "role": purpose = .role(company: e.company ?? "")
        case "move":
            guard let stage = e.stage else { return nil }
            purpose = .moveDate(stage)
        case "event": purpose = .event
        case "note": purpose = .note
        case "feedback": purpose = .feedback
        default: return nil
        }
        // A prompt about an application needs to know which one.
        if purpose != .company, e.applicationID == nil, !isRole(purpose) { return nil }
        var body = e.section(answerHeading)?.body ?? ""
        if body.hasPrefix(linePrefix) { body.removeFirst(linePrefix.count) } else if body.hasPrefix(">") { body.removeFirst() }
        // Written by hand it may hold real line breaks: the one-line field shows them as ⏎ or spaces.
        var p = ApplicationPrompt(purpose: purpose)
        // Where ⏎ stands for a line break, it goes back in as one; elsewhere it is a character typed.
        _ = p.takePaste(p.keepsLines ? String(body.map { $0 == ApplicationPrompt.lineBreakMark ? "\n" : $0 }) : body)
        return (p, e.applicationID)
    }

    private static func isRole(_ purpose: ApplicationPrompt.Purpose) -> Bool {
        if case .role = purpose { return true }
        return false
    }
}
