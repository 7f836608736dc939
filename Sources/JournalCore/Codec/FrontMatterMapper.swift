/// Maps front-matter keys to `Entry`'s typed fields and back, in one canonical key order.
enum FrontMatterMapper {
    static let knownKeys: Set<String> = [
        "id", "kind", "status", "created", "updated", "company", "role", "stage", "rejected_on", "delivery",
        "emotions", "intensity_before", "intensity_after", "goal_applications", "goal_contacts",
        "follow_up", "follow_up_note", "follow_up_done", "mood", "energy", "sleep_hours", "self_care",
        "wins", "applications", "contacts", "learning", "tags",
    ]

    static func entry(from fields: [FrontMatterField], fallbackID: EntryID?) throws(CodecError) -> Entry {
        var byKey: [String: FrontMatterField] = [:]
        var extra: [RawField] = []
        var keptComments: [Substring] = []
        // An application's `contacts` are people, not a check-in's count: kept as an extra field.
        let isApplication = fields.contains { $0.key == "kind" && $0.value == .scalar(EntryKind.application.rawValue) }
        for field in fields {
            if knownKeys.contains(field.key), !(isApplication && field.key == "contacts") {
                byKey[field.key] = field
                // A known key is rewritten from its typed value: keep the comment lines under it.
                if ByteScan.containsNewline(field.text) {  // one-line values (nearly all) have none
                    keptComments += TextLines.split(field.text).dropFirst().filter { $0.hasPrefix("#") }
                }
            } else {
                extra.append(RawField(key: field.key, text: trimTrailingBlankLines(field.text)))
            }
        }
        // Those comments join the ones above the first key, where the writer puts them: written
        // anywhere lower they would become part of the value above them when read back.
        if !keptComments.isEmpty {
            let text = keptComments.joined(separator: "\n")
            if extra.first?.key == FrontMatterReader.commentKey { extra[0].text += "\n" + text }
            else { extra.insert(RawField(key: FrontMatterReader.commentKey, text: text), at: 0) }
        }
        let reader = FieldReader(fields: byKey)

        guard let kindText = try reader.string("kind") else { throw CodecError("the front matter has no `kind` (reflection, checkin, note or application)") }
        guard let kind = EntryKind(rawValue: kindText) else {
            throw CodecError(line: byKey["kind"]?.line, "`kind` is \"\(kindText)\", but it must be reflection, checkin, note or application")
        }
        guard let created = try reader.timestamp("created") else { throw CodecError("the front matter has no `created` date") }
        let id: EntryID
        // An empty `id:` counts as none: the writer leaves empty values out, so it would not survive a rewrite.
        if let text = try reader.string("id"), !text.isEmpty { id = EntryID(text) }
        else if let fallbackID { id = fallbackID }
        else { throw CodecError("the front matter has no `id`") }

        var e = Entry(id: id, kind: kind, created: created, updated: try reader.timestamp("updated") ?? created)
        e.status = try reader.string("status")
        e.company = try reader.string("company")
        e.role = try reader.string("role")
        if let stageText = try reader.string("stage") {
            guard let stage = Stage(rawValue: stageText) else {
                throw CodecError(line: byKey["stage"]?.line, "`stage` is \"\(stageText)\", but it must be one of " + Stage.allCases.map(\.rawValue).joined(separator: ", "))
            }
            e.stage = stage
        }
        e.rejectedOn = try reader.day("rejected_on")
        e.delivery = try reader.string("delivery")
        e.emotions = try reader.list("emotions")
        e.intensityBefore = try reader.int("intensity_before", 0...10)
        e.intensityAfter = try reader.int("intensity_after", 0...10)
        e.goalApplications = try reader.int("goal_applications", 0...1000)
        e.goalContacts = try reader.int("goal_contacts", 0...1000)
        e.followUp = try reader.day("follow_up")
        e.followUpNote = try reader.string("follow_up_note")
        e.followUpDone = try reader.bool("follow_up_done")
        e.mood = try reader.int("mood", 1...10)
        e.energy = try reader.int("energy", 1...10)
        e.sleepHours = try reader.double("sleep_hours", 0...24)
        e.selfCare = try reader.list("self_care")
        e.wins = try reader.list("wins")
        e.applications = try reader.int("applications", 0...1000)
        e.contacts = try reader.int("contacts", 0...1000)
        e.learning = try reader.int("learning", 0...1000)
        e.tags = try reader.list("tags")
        e.extraFields = extra
        return e
    }

    /// The known keys of an entry, in the order onward writes them, with YAML value text.
    static func fields(of e: Entry) -> [(String, String)] {
        var out: [(String, String)] = []
        func put(_ key: String, _ value: String?) { if let value { out.append((key, value)) } }
        func text(_ key: String, _ value: String?) { if let value, !value.isEmpty { put(key, YAMLWriter.scalar(value)) } }
        func int(_ key: String, _ value: Int?) { put(key, value.map(String.init)) }
        func list(_ key: String, _ value: [String]) { if !value.isEmpty { put(key, YAMLWriter.list(value)) } }
        text("id", e.id.rawValue)
        put("kind", e.kind.rawValue)
        text("status", e.status)
        put("created", e.created.description)
        put("updated", e.updated.description)
        text("company", e.company)
        text("role", e.role)
        put("stage", e.stage?.rawValue)
        put("rejected_on", e.rejectedOn?.description)
        text("delivery", e.delivery)
        list("emotions", e.emotions)
        int("intensity_before", e.intensityBefore)
        int("intensity_after", e.intensityAfter)
        int("goal_applications", e.goalApplications)
        int("goal_contacts", e.goalContacts)
        put("follow_up", e.followUp?.description)
        text("follow_up_note", e.followUpNote)
        put("follow_up_done", e.followUpDone.map { $0 ? "true" : "false" })
        int("mood", e.mood)
        int("energy", e.energy)
        put("sleep_hours", e.sleepHours.map(YAMLWriter.number))
        list("self_care", e.selfCare)
        list("wins", e.wins)
        int("applications", e.applications)
        int("contacts", e.contacts)
        int("learning", e.learning)
        list("tags", e.tags)
        return out
    }

    private static func trimTrailingBlankLines(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}

/// Reads typed values out of front-matter fields, with one-sentence errors naming key and line.
private struct FieldReader {
    let fields: [String: FrontMatterField]

    private func fail(_ key: String, _ what: String) -> CodecError {
        CodecError(line: fields[key]?.line, "`\(key)` \(what)")
    }

    func string(_ key: String) throws(CodecError) -> String? {
        guard let field = fields[key] else { return nil }
        switch field.value {
        case .null: return nil
        case .scalar(let s): return s
        case .list: throw fail(key, "should be a single value, not a list")
        case .other: throw fail(key, "should be a single value, not a nested structure")
        }
    }

    func list(_ key: String) throws(CodecError) -> [String] {
        guard let field = fields[key] else { return [] }
        switch field.value {
        case .null: return []
        case .scalar(let s): return s.isEmpty ? [] : [s]
        case .list(let items): return items
        case .other: throw fail(key, "should be a list such as [a, b]")
        }
    }

    func int(_ key: String, _ range: ClosedRange<Int>) throws(CodecError) -> Int? {
        guard let s = try string(key) else { return nil }
        guard let v = Int(s.trimmingCharacters(in: .whitespaces)), range.contains(v) else {
            throw fail(key, "is \"\(s)\", but it must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return v
    }

    func double(_ key: String, _ range: ClosedRange<Double>) throws(CodecError) -> Double? {
        guard let s = try string(key) else { return nil }
        guard let v = Double(s.trimmingCharacters(in: .whitespaces)), range.contains(v) else {
            throw fail(key, "is \"\(s)\", but it must be a number from \(YAMLWriter.number(range.lowerBound)) to \(YAMLWriter.number(range.upperBound))")
        }
        return v
    }

    func bool(_ key: String) throws(CodecError) -> Bool? {
        guard let s = try string(key) else { return nil }
        switch s.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail(key, "is \"\(s)\", but it must be true or false")
        }
    }

    func timestamp(_ key: String) throws(CodecError) -> LocalTimestamp? {
        guard let s = try string(key) else { return nil }
        guard let t = LocalTimestamp(parsing: s) else {
            throw fail(key, "is \"\(s)\", but it must be a date and time such as 2026-11-27T14:05:00+01:00")
        }
        return t
    }

    func day(_ key: String) throws(CodecError) -> LocalDay? {
        guard let s = try string(key) else { return nil }
        guard let d = LocalDay(parsing: String(s.prefix(10))), s.count == 10 || LocalTimestamp(parsing: s) != nil else {
            throw fail(key, "is \"\(s)\", but it must be a date such as 2026-12-04")
        }
        return d
    }
}

import Foundation
