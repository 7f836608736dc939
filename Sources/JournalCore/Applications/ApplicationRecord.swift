import Foundation

/// What is known about one application, read from its entry: the front-matter summary and the
/// timeline. Pure and cheap, so lists and screens build one per application from the index.
public struct ApplicationRecord: Equatable, Sendable {
    public var id: EntryID
    public var relativePath: String
    public var company: String
    public var role: String
    public var source: String?
    public var link: String?
    public var appliedOn: LocalDay?
    public var stage: Stage
    public var outcome: ApplicationOutcome
    public var nextAction: String?
    public var nextActionOn: LocalDay?
    public var contacts: [String]
    public var reflection: EntryID?
    public var tags: [String]
    public var created: LocalTimestamp
    public var updated: LocalTimestamp
    /// The `## Timeline` section's text; `timeline` reads it into events when asked.
    public var timelineText: String

    public init(_ stored: StoredEntry) {
        self.init(stored.entry, relativePath: stored.relativePath)
    }

    public init(_ e: Entry, relativePath: String = "") {
        self.init(id: e.id, relativePath: relativePath, company: e.company, role: e.role, source: e.source, link: e.link,
                  appliedOn: e.appliedOn, stage: e.stage, outcome: e.outcome, nextAction: e.nextAction, nextActionOn: e.nextActionOn,
                  contacts: e.applicationContacts, reflection: e.reflectionID, tags: e.tags, created: e.created, updated: e.updated,
                  timelineText: e.section(ApplicationChange.timelineHeading)?.body ?? "")
    }

    /// The record from an application's fields as the entry holds them (the index reads them
    /// straight from its bytes); a missing stage is `applied`, a missing outcome `open`.
    init(id: EntryID, relativePath: String, company: String?, role: String?, source: String?, link: String?,
         appliedOn: LocalDay?, stage: Stage?, outcome: ApplicationOutcome?, nextAction: String?, nextActionOn: LocalDay?,
         contacts: [String], reflection: EntryID?, tags: [String], created: LocalTimestamp, updated: LocalTimestamp,
         timelineText: String) {
        self.id = id
        self.relativePath = relativePath
        self.company = company ?? ""
        self.role = role ?? ""
        self.source = source
        self.link = link
        self.appliedOn = appliedOn
        self.stage = stage ?? .applied
        self.outcome = outcome ?? .open
        self.nextAction = nextAction
        self.nextActionOn = nextActionOn
        self.contacts = contacts
        self.reflection = reflection
        self.tags = tags
        self.created = created
        self.updated = updated
        self.timelineText = timelineText
        // Worked out once: lists sort on them, and a sort asks many times.
        let facts = TimelineFacts(body: timelineText)
        lastEventDay = facts.latest ?? appliedOn ?? created.day
        startDay = appliedOn ?? facts.earliest ?? created.day
        firstAnswerDay = facts.firstAnswer
    }

    /// The events of the timeline, one per bullet, in file order.
    public var timeline: [TimelineEvent] { TimelineFacts.events(timelineText) }

    public var isOpen: Bool { outcome == .open }

    /// "Globex, Platform Engineer", or whichever of the two is known.
    public var title: String {
        let parts = [company, role].filter { !$0.isEmpty }
        return parts.isEmpty ? "An application" : parts.joined(separator: ", ")
    }

    /// The day of the latest dated event; else the day applied; else the day it was added.
    public private(set) var lastEventDay: LocalDay
    /// The day it was sent: `applied_on`, else the first dated event, else the day it was added.
    public private(set) var startDay: LocalDay
    /// The first day the other side answered (a later stage, feedback or an outcome), if any.
    public private(set) var firstAnswerDay: LocalDay?

    /// Days since the last event, when the application is open and has been quiet for at least
    /// `after` days; nil otherwise. A day in the future counts as no quiet at all.
    public func quietDays(today: LocalDay, after: Int) -> Int? {
        guard isOpen else { return nil }
        let days = today.ordinal - lastEventDay.ordinal
        return days >= max(1, after) ? days : nil
    }

    /// "no word for 16 days": neutral words for a quiet application.
    public static func quietWords(_ days: Int) -> String { "no word for \(days) day\(days == 1 ? "" : "s")" }

    /// Whether the next action falls on or before `today` (and the application is still open).
    public func nextActionIsDue(today: LocalDay) -> Bool {
        guard isOpen, let on = nextActionOn else { return false }
        return on <= today
    }
}

extension ApplicationRecord {
    /// Short words for one-line lists: "interview, open" or "said no".
    public var summaryWords: String {
        isOpen ? stage.label + ", open" : stage.label + ", " + outcome.label
    }
}
