/// One entry in `list --json` and `search --json`.
///
/// Keys: `id`, `kind`, `created`, `updated` (ISO 8601 with offset), `day` (YYYY-MM-DD as
/// written), `title`, `path` (relative to the journal), `tags`; when present: `company`,
/// `role`, `stage`, `emotions`, `intensity_before`, `intensity_after`, `mood`, `energy`,
/// `sleep_hours`, `self_care`, `wins`.
public struct EntrySummaryJSON: Codable, Equatable, Sendable {
    public var id: String
    public var kind: String
    public var created: String
    public var updated: String
    public var day: String
    public var title: String
    public var path: String
    public var tags: [String]
    public var company: String?
    public var role: String?
    public var stage: String?
    public var emotions: [String]?
    public var intensityBefore: Int?
    public var intensityAfter: Int?
    public var mood: Int?
    public var energy: Int?
    public var sleepHours: Double?
    public var selfCare: [String]?
    public var wins: [String]?

    enum CodingKeys: String, CodingKey {
        case id, kind, created, updated, day, title, path, tags, company, role, stage, emotions
        case intensityBefore = "intensity_before", intensityAfter = "intensity_after"
        case mood, energy, sleepHours = "sleep_hours", selfCare = "self_care", wins
    }

    public init(_ stored: StoredEntry) {
        let e = stored.entry
        id = e.id.rawValue
        kind = e.kind.rawValue
        created = e.created.description
        updated = e.updated.description
        day = e.day.description
        title = e.displayTitle
        path = stored.relativePath
        tags = e.tags
        company = e.company
        role = e.role
        stage = e.stage?.rawValue
        emotions = e.emotions.isEmpty ? nil : e.emotions
        intensityBefore = e.intensityBefore
        intensityAfter = e.intensityAfter
        mood = e.mood
        energy = e.energy
        sleepHours = e.sleepHours
        selfCare = e.selfCare.isEmpty ? nil : e.selfCare
        wins = e.wins.isEmpty ? nil : e.wins
    }
}
