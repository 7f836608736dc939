import Foundation

/// The application fields that are not plain rows of `EntryFields`: the ids of the linked
/// reflection and application as `EntryID`s, and the people met. Those are the typed `people`
/// row; an older application may still name them under `contacts:` (in a check-in that key is a
/// count, so the codec keeps an application's `contacts` as written, an extra field): it is read
/// when `people` is empty, and moved to `people` by the first change of the people.
extension Entry {
    /// On an application: the reflection written when it said no.
    public var reflectionID: EntryID? {
        get { reflectionLink.flatMap { $0.isEmpty ? nil : EntryID($0) } }
        set { reflectionLink = newValue?.rawValue }
    }

    /// On a reflection: the application it was started from.
    public var applicationID: EntryID? {
        get { applicationLink.flatMap { $0.isEmpty ? nil : EntryID($0) } }
        set { applicationLink = newValue?.rawValue }
    }

    /// People met along the way, e.g. "Priya (recruiter)": `people`, else an older file's `contacts` list.
    public var applicationContacts: [String] {
        get {
            if !people.isEmpty || extraFields.isEmpty { return people }
            return extraList("contacts")
        }
        set {
            people = newValue.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if kind == .application { setExtra("contacts", nil) }  // one place for the people, not two
        }
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

    func extraList(_ key: String) -> [String] {
        switch extraValue(key) {
        case .list(let items)?: return items.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        case .scalar(let s)?: return s.isEmpty ? [] : [s]
        default: return []
        }
    }

    /// Sets (or with nil removes) an extra field to `key: yaml`, in place when it is there already.
    mutating func setExtra(_ key: String, _ yaml: String?) {
        let existing = extraFields.firstIndex { $0.key == key }
        guard let yaml, !yaml.isEmpty else {
            if let existing { extraFields.remove(at: existing) }
            return
        }
        let field = RawField(key: key, text: key + ": " + yaml)
        if let existing { extraFields[existing] = field } else { extraFields.append(field) }
    }
}
