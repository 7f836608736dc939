/// One journal entry: typed front matter, unknown keys kept verbatim, and the Markdown body.
public struct Entry: Equatable, Sendable {
    public var id: EntryID
    public var kind: EntryKind
    public var created: LocalTimestamp
    public var updated: LocalTimestamp
    /// `status: draft` for an unfinished session; nil for a finished entry.
    public var status: EntryStatus?

    // The typed front-matter fields: each is declared once more, as a row of `EntryFields.all`,
    // which reads, writes, indexes and lists it.

    // Reflection
    public var company: String?
    public var role: String?
    public var stage: Stage?
    /// The day the rejection arrived, when the person gave it.
    public var rejectedOn: LocalDay?
    /// How the news came: email, call, no reply...
    public var delivery: String?
    public var emotions: [String] = []
    public var intensityBefore: Int?
    public var intensityAfter: Int?
    /// Weekly goals set in step 9.
    public var goalApplications: Int?
    public var goalContacts: Int?
    public var followUp: LocalDay?
    public var followUpNote: String?
    public var followUpDone: Bool?

    // Check-in
    public var mood: Int?
    public var energy: Int?
    public var sleepHours: Double?
    public var selfCare: [String] = []
    public var wins: [String] = []
    public var applications: Int?
    public var contacts: Int?
    public var learning: Int?

    // Exercise
    /// The guide a note was written from (`write-it-out`), nil for other notes.
    public var exercise: String?
    /// Minutes spent writing, where the exercise keeps time.
    public var minutes: Int?
    /// The values picked in `what-matters`.
    public var values: [String] = []
    // Application; `company`, `role` and `stage` are shared with reflections.
    /// Where the job was found: referral, job board, recruiter...
    public var source: String?
    /// The job posting.
    public var link: String?
    /// The day the application was sent.
    public var appliedOn: LocalDay?
    /// Open, or how it closed; an application without one counts as open.
    public var outcome: ApplicationOutcome?
    /// The next thing to do for this application, and its day.
    public var nextAction: String?
    public var nextActionOn: LocalDay?
    /// On an application: the people met along the way (`contacts:` in its file), e.g. "Priya (recruiter)".
    public var people: [String] = []
    /// On an application: the id of the reflection written when it said no (`reflection:`).
    public var reflectionLink: String?
    /// On a reflection: the id of the application it was started from (`application:`).
    public var applicationLink: String?

    public var tags: [String] = []
    /// Front-matter keys onward does not know, in file order.
    public var extraFields: [RawField] = []

    /// The `# Title` line of the body, without the `# `.
    public var title: String?
    /// Text between the title and the first `## ` heading.
    public var preamble: String = ""
    public var sections: [Section] = []

    public init(id: EntryID, kind: EntryKind, created: LocalTimestamp, updated: LocalTimestamp? = nil) {
        self.id = id
        self.kind = kind
        self.created = created
        self.updated = updated ?? created
    }

    /// The first section with this heading (case-insensitive).
    public func section(_ heading: String) -> Section? {
        let wanted = heading.lowercased()
        return sections.first { $0.heading.lowercased() == wanted }
    }

    /// Replaces the text of a section, adding it at the end when missing and removing it when `body` is blank.
    public mutating func setSection(_ heading: String, body: String) {
        let trimmed = Self.trimBlankLines(body)
        let wanted = heading.lowercased()
        if let i = sections.firstIndex(where: { $0.heading.lowercased() == wanted }) {
            if trimmed.isEmpty { sections.remove(at: i) } else { sections[i].body = trimmed }
        } else if !trimmed.isEmpty {
            sections.append(Section(heading: heading, body: trimmed))
        }
    }

    /// The bullet items under `## Achievements`.
    public var achievements: [String] { section("Achievements")?.bullets ?? [] }
    /// The bullet items under `## Lessons`.
    public var lessons: [String] { section("Lessons")?.bullets ?? [] }

    /// The local day the entry belongs to.
    public var day: LocalDay { created.day }

    /// A one-line title for lists: "Acme, Backend Engineer", the `# ` title, or the kind and day.
    public var displayTitle: String {
        if kind == .reflection || kind == .application {
            let parts = [company, role].compactMap { $0 }.filter { !$0.isEmpty }
            if !parts.isEmpty { return parts.joined(separator: ", ") }
        }
        if let title, !title.isEmpty { return title }
        switch kind {
        case .checkin: return "Check-in"
        case .reflection: return "Reflection"
        case .note: return "Note"
        case .application: return "Application"
        }
    }

    static func trimBlankLines(_ text: String) -> String {
        trimBlankLines(TextLines.split(text))
    }

    /// The lines without blank ones at either end, joined with newlines.
    static func trimBlankLines(_ lines: [Substring]) -> String {
        var start = lines.startIndex, end = lines.endIndex
        while start < end, TextLines.isBlank(lines[start]) { start += 1 }
        while end > start, TextLines.isBlank(lines[end - 1]) { end -= 1 }
        return lines[start..<end].joined(separator: "\n")
    }
}
