extension ApplicationRecord {
    /// The places of an application's fields in `EntryFields.all`, looked up once.
    private enum Place {
        static let company = IndexEntryCursor.position("company", in: .application)
        static let role = IndexEntryCursor.position("role", in: .application)
        static let stage = IndexEntryCursor.position("stage", in: .application)
        static let source = IndexEntryCursor.position("source", in: .application)
        static let link = IndexEntryCursor.position("link", in: .application)
        static let appliedOn = IndexEntryCursor.position("applied_on", in: .application)
        static let outcome = IndexEntryCursor.position("outcome", in: .application)
        static let nextAction = IndexEntryCursor.position("next_action", in: .application)
        static let nextActionOn = IndexEntryCursor.position("next_action_on", in: .application)
        static let contacts = IndexEntryCursor.position("contacts", in: .application)
        static let reflection = IndexEntryCursor.position("reflection", in: .application)
        static let tags = IndexEntryCursor.position("tags", in: .application)
    }

    /// The record `init(_ stored:)` makes of the full decode of this index entry, read from its
    /// bytes without building an `Entry`; nil for a draft or an entry of another kind.
    static func indexed(_ c: inout IndexEntryCursor, path: String) throws(IndexDamage) -> ApplicationRecord? {
        guard c.kind == .application, !c.isDraft else { return nil }
        let company = try c.text(Place.company)
        let role = try c.text(Place.role)
        let stage = try c.text(Place.stage)
        let source = try c.text(Place.source)
        let link = try c.text(Place.link)
        let appliedOn = try c.day(Place.appliedOn)
        let outcome = try c.text(Place.outcome)
        let nextAction = try c.text(Place.nextAction)
        let nextActionOn = try c.day(Place.nextActionOn)
        let contacts = try c.list(Place.contacts)
        let reflection = try c.text(Place.reflection)
        let tags = try c.list(Place.tags)
        // A word the full decode refuses is refused here too (the record is then read from its file).
        let stageValue = try stage.map { (word) throws(IndexDamage) -> Stage in
            guard let value = Stage(rawValue: word) else { throw .malformed }
            return value
        }
        let outcomeValue = try outcome.map { (word) throws(IndexDamage) -> ApplicationOutcome in
            guard let value = ApplicationOutcome(rawValue: word) else { throw .malformed }
            return value
        }
        var timeline: String?
        try c.sections { heading, body in
            guard Self.isTimeline(heading) else { return true }
            timeline = String(decoding: body, as: UTF8.self)
            return false
        }
        return ApplicationRecord(
            id: EntryID(EntryFileName.stem(of: path)), relativePath: path, company: company, role: role,
            source: source, link: link, appliedOn: appliedOn, stage: stageValue, outcome: outcomeValue,
            nextAction: nextAction, nextActionOn: nextActionOn, contacts: contacts,
            reflection: reflection.flatMap { $0.isEmpty ? nil : EntryID($0) }, tags: tags,
            created: c.created, updated: c.updated, timelineText: timeline ?? "")
    }

    /// `Entry.section(_:)`'s test for the timeline: the heading lowercased is "timeline".
    private static func isTimeline(_ heading: UnsafeBufferPointer<UInt8>) -> Bool {
        let wanted = Array("timeline".utf8)
        if heading.allSatisfy({ $0 < 0x80 }) {
            return heading.count == wanted.count && zip(heading, wanted).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0) == $1 }
        }
        return String(decoding: heading, as: UTF8.self).lowercased() == "timeline"
    }
}
