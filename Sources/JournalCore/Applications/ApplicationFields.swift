import Foundation

/// The front-matter keys of an application (DESIGN.md section 8) and a reflection's link back to
/// one. This file is the only place that knows how they are spelled and written: they live among
/// the entry's extra fields, so the codec, the index and every rewrite keep them with no change.
extension Entry {
    /// Keys onward writes for applications, in the order a new file gets them.
    static let applicationKeys = ["source", "link", "applied_on", "outcome", "next_action", "next_action_on", "contacts", "reflection"]

    /// Where the job was found: referral, job board, recruiter...
    public var source: String? {
        get { extraText("source") }
        set { setExtra("source", newValue.map { YAMLWriter.scalar($0) }) }
    }

    /// The job posting.
    public var link: String? {
        get { extraText("link") }
        set { setExtra("link", newValue.map { YAMLWriter.scalar($0) }) }
    }

    /// The day the application was sent.
    public var appliedOn: LocalDay? {
        get { extraText("applied_on").flatMap { LocalDay(parsing: $0) } }
        set { setExtra("applied_on", newValue?.description) }
    }

    /// Open, or how it closed; an application without one counts as open.
    public var outcome: ApplicationOutcome? {
        get { extraText("outcome").flatMap { ApplicationOutcome(rawValue: $0.lowercased()) } }
        set { setExtra("outcome", newValue?.rawValue) }
    }

    /// The next thing to do for this application, and when.
    public var nextAction: String? {
        get { extraText("next_action") }
        set { setExtra("next_action", newValue.map { YAMLWriter.scalar($0) }) }
    }

    public var nextActionOn: LocalDay? {
        get { extraText("next_action_on").flatMap { LocalDay(parsing: $0) } }
        set { setExtra("next_action_on", newValue?.description) }
    }

    /// People met along the way, e.g. "Priya (recruiter)". (A check-in's `contacts` is a count.)
    public var applicationContacts: [String] {
        get { extraList("contacts") }
        set { setExtra("contacts", newValue.isEmpty ? nil : YAMLWriter.list(newValue)) }
    }

    /// On an application: the reflection written when it said no.
    public var reflectionID: EntryID? {
        get { extraText("reflection").map(EntryID.init) }
        set { setExtra("reflection", newValue.map { YAMLWriter.scalar($0.rawValue) }) }
    }

    /// On a reflection: the application it was started from.
    public var applicationID: EntryID? {
        get { extraText("application").map(EntryID.init) }
        set { setExtra("application", newValue.map { YAMLWriter.scalar($0.rawValue) }) }
    }

    // MARK: Extra fields

    /// The value of an extra field, read the way the codec reads front matter.
    func extraValue(_ key: String) -> YAMLValue? {
        guard let field = extraFields.first(where: { $0.key == key }) else { return nil }
        let lines = TextLines.split(field.text)
        if lines.count == 1, let colon = lines[0].utf8.firstIndex(of: 0x3A) {
            let after = lines[0][lines[0].index(after: colon)...]
            if let fast = FlatYAML.parseValue(after) { return fast }
        }
        return (try? FrontMatterReader.read(lines, firstLine: 1))?.first { $0.key == key }?.value
    }

    func extraText(_ key: String) -> String? {
        guard case .scalar(let s)? = extraValue(key) else { return nil }
        let trimmed = s.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    func extraList(_ key: String) -> [String] {
        switch extraValue(key) {
        case .list(let items)?: return items.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        case .scalar(let s)?: return s.isEmpty ? [] : [s]
        default: return []
        }
    }

    /// Sets (or with nil removes) an extra field to `key: yaml`, in place when it is there
    /// already, else after the application keys that come before it.
    mutating func setExtra(_ key: String, _ yaml: String?) {
        let existing = extraFields.firstIndex { $0.key == key }
        guard let yaml, !yaml.isEmpty, yaml != "\"\"" else {
            if let existing { extraFields.remove(at: existing) }
            return
        }
        let field = RawField(key: key, text: key + ": " + yaml)
        if let existing { extraFields[existing] = field; return }
        let rank = Self.applicationKeys.firstIndex(of: key) ?? Self.applicationKeys.count
        let at = extraFields.firstIndex { f in (Self.applicationKeys.firstIndex(of: f.key)).map { $0 > rank } ?? false }
        extraFields.insert(field, at: at ?? extraFields.endIndex)
    }
}
