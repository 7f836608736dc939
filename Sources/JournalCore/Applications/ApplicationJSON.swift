/// One application in `app list --json`, `app show --json` and the answers of the changing
/// commands. Keys follow `JSONOutput`'s rules (snake_case, days as YYYY-MM-DD, unknown values
/// left out): `id`, `path`, `company`, `role`, `stage`, `outcome`, `created`, `updated`,
/// `last_event`, `contacts`, `tags`, `timeline: [{day, what, text}]`; when known: `source`,
/// `link`, `applied_on`, `next_action`, `next_action_on`, `reflection`, `quiet_days`.
public struct ApplicationJSON: Codable, Equatable, Sendable {
    /// One timeline line.
    public struct Event: Codable, Equatable, Sendable {
        public var day: String?
        public var what: String?
        public var text: String
    }

    public var id: String
    public var path: String
    public var company: String
    public var role: String
    public var source: String?
    public var link: String?
    public var appliedOn: String?
    public var stage: String
    public var outcome: String
    public var nextAction: String?
    public var nextActionOn: String?
    public var contacts: [String]
    public var reflection: String?
    public var tags: [String]
    public var created: String
    public var updated: String
    public var lastEvent: String
    public var quietDays: Int?
    public var timeline: [Event]

    enum CodingKeys: String, CodingKey {
        case id, path, company, role, source, link, appliedOn = "applied_on", stage, outcome
        case nextAction = "next_action", nextActionOn = "next_action_on", contacts, reflection, tags, created, updated
        case lastEvent = "last_event", quietDays = "quiet_days", timeline
    }

    public init(_ r: ApplicationRecord, today: LocalDay, quietAfterDays: Int) {
        id = r.id.rawValue
        path = r.relativePath
        company = r.company
        role = r.role
        source = r.source
        link = r.link
        appliedOn = r.appliedOn?.description
        stage = r.stage.rawValue
        outcome = r.outcome.rawValue
        nextAction = r.nextAction
        nextActionOn = r.nextActionOn?.description
        contacts = r.contacts
        reflection = r.reflection?.rawValue
        tags = r.tags
        created = r.created.description
        updated = r.updated.description
        lastEvent = r.lastEventDay.description
        quietDays = r.quietDays(today: today, after: quietAfterDays)
        timeline = r.timeline.map { Event(day: $0.day?.description, what: $0.what, text: $0.text) }
    }
}

/// The document of `app list --json`: `format_version`, `applications`, `unreadable: [{path, reason}]`.
public struct ApplicationListJSON: Codable, Equatable, Sendable {
    /// A file that could not be read, so it is missing from the list.
    public struct Unreadable: Codable, Equatable, Sendable {
        public var path: String
        public var reason: String
    }

    public var formatVersion = JSONOutput.formatVersion
    public var applications: [ApplicationJSON]
    public var unreadable: [Unreadable]

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", applications, unreadable
    }

    public init(_ records: [ApplicationRecord], problems: [FileProblem], today: LocalDay, quietAfterDays: Int) {
        applications = records.map { ApplicationJSON($0, today: today, quietAfterDays: quietAfterDays) }
        unreadable = problems.map { Unreadable(path: $0.relativePath, reason: $0.reason) }
    }
}

/// The answer of a command that changed one application (`app add`, `move`, `close`, `note`,
/// `feedback`, `next`): `format_version`, `application`, and `reflection` when one was changed too.
public struct ApplicationChangeJSON: Codable, Equatable, Sendable {
    public var formatVersion = JSONOutput.formatVersion
    public var application: ApplicationJSON
    public var reflection: String?

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", application, reflection
    }

    public init(_ record: ApplicationRecord, reflection: EntryID? = nil, today: LocalDay, quietAfterDays: Int) {
        application = ApplicationJSON(record, today: today, quietAfterDays: quietAfterDays)
        self.reflection = reflection?.rawValue
    }
}
