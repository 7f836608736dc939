import Foundation

/// Which column of a tracker's CSV export means what. Names are matched without regard to case,
/// spaces or punctuation ("Date Applied", "date_applied", "DateApplied" are one name).
enum ApplicationCSVColumn: Equatable, Sendable {
    case company, role, status, outcome, applied, link, notes, source, nextAction, nextActionOn, contacts
    /// The day the status was last changed (trackers' "status date", "last updated").
    case statusDate
    /// Columns of onward's own export: the entry's id, the day of its latest event, its whole
    /// timeline and its feedback.
    case onwardID, lastEvent, timeline, feedback

    private static let names: [String: ApplicationCSVColumn] = {
        var out: [String: ApplicationCSVColumn] = [:]
        func add(_ column: ApplicationCSVColumn, _ words: [String]) { for w in words { out[w] = column } }
        add(.company, ["company", "companyname", "employer", "organization", "organisation", "org"])
        add(.role, ["role", "title", "jobtitle", "position", "positiontitle", "job", "jobname"])
        add(.status, ["status", "stage", "applicationstatus", "state"])
        add(.outcome, ["outcome", "result"])
        add(.applied, ["dateapplied", "applied", "applieddate", "appliedon", "applicationdate", "dateofapplication", "date", "submitted"])
        add(.link, ["url", "link", "joburl", "joblink", "posting", "postingurl", "joblisting"])
        add(.notes, ["notes", "note", "comments", "comment"])
        add(.source, ["source", "foundvia", "foundon", "via", "channel", "referral"])
        add(.nextAction, ["nextaction", "nextstep", "followup", "todo"])
        add(.nextActionOn, ["nextactiondate", "nextactionon", "followupdate", "followupon", "duedate"])
        add(.contacts, ["contact", "contacts", "recruiter", "hiringmanager", "people"])
        add(.statusDate, ["statusdate", "statuschanged", "statuschangedate", "laststatuschange", "lastupdated", "updated",
                          "updatedat", "updatedon", "dateupdated", "lastmodified", "datemodified", "modified", "responsedate"])
        add(.onwardID, ["id"])
        add(.lastEvent, ["lastevent"])
        add(.timeline, ["timeline", "history", "events"])
        add(.feedback, ["feedback"])
        return out
    }()

    /// The meaning of a header, or nil for a column onward keeps as a note.
    static func matching(_ header: String) -> ApplicationCSVColumn? {
        names[normalized(header)]
    }

    /// When an `id` cell is one onward gave an application (`2026-11-20-0930-application-globex`),
    /// the minute it names; nil for another tracker's ids, which are kept as notes.
    static func onwardApplicationTime(_ id: String, utcOffset: Int) -> LocalTimestamp? {
        let u = Array(id.utf8)
        guard u.count > 28, id.dropFirst(16).hasPrefix("application"), u[10] == 0x2D, u[15] == 0x2D,
              !id.contains(where: { $0 == "/" || $0.isWhitespace }),
              let day = LocalDay(parsing: String(id.prefix(10))),
              let hour = Int(String(decoding: u[11..<13], as: UTF8.self)), let minute = Int(String(decoding: u[13..<15], as: UTF8.self)),
              (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        return LocalTimestamp(day: day, hour: hour, minute: minute, utcOffset: utcOffset)
    }

    static func normalized(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}

/// What a tracker's status words mean for an application: the stage reached and the outcome.
enum ApplicationCSVStatus {
    /// The stage and outcome a status names, or nil when the words are not understood.
    static func meaning(_ status: String) -> (Stage, ApplicationOutcome)? {
        let s = status.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if s.isEmpty { return (.applied, .open) }
        if s.contains("reject") || s.contains("not selected") || s.contains("unsuccessful") || s == "no" { return (.applied, .rejected) }
        if s.contains("withdr") { return (.applied, .withdrawn) }
        if s.contains("accept") || s.contains("hired") { return (.offer, .accepted) }
        // Trackers use "declined" for the company saying no; only an offer declined is the person's.
        if s.contains("declin") { return s.contains("offer") ? (.offer, .declined) : (.applied, .rejected) }
        if s.contains("offer") { return (.offer, .open) }
        if s.contains("final") || s.contains("onsite") || s.contains("on-site") { return (.finalInterview, .open) }
        if s.contains("interview") || s.contains("technical") || s.contains("take-home") || s.contains("assessment") { return (.interview, .open) }
        if s.contains("screen") || s.contains("phone") || s.contains("recruiter") { return (.screen, .open) }
        if s.contains("appl") || s.contains("submit") || s.contains("sent") || s.contains("waiting") || s.contains("no response") { return (.applied, .open) }
        return nil
    }
}

extension ApplicationCSVStatus {
    /// Whether the status marks a job kept for later and not applied to yet.
    static func isNotSent(_ status: String) -> Bool {
        let s = status.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return ["wishlist", "wish list", "bookmark", "saved", "to apply", "not applied", "not yet applied", "interested", "considering"]
            .contains { s.contains($0) }
    }
}
