/// Maps front-matter keys to `Entry`'s typed fields and back, in one canonical key order:
/// the header keys, then the rows of the entry's kind (`EntryFields.rows(in:)`).
enum FrontMatterMapper {
    static func entry(from fields: [FrontMatterField], fallbackID: EntryID?) throws(CodecError) -> Entry {
        // The kind comes first: it decides which row a key is read by (a check-in's `contacts` is
        // a count, an application's a list of people) and which keys are kept verbatim.
        let kindField = fields.last { $0.key == "kind" }  // the last of repeated keys wins, as below
        guard let kindText = try FieldReader(fields: kindField.map { ["kind": $0] } ?? [:]).string("kind") else {
            throw CodecError("the front matter has no `kind` (reflection, checkin, note or application)")
        }
        guard let kind = EntryKind(rawValue: kindText) else {
            throw CodecError(line: kindField?.line, "`kind` is \"\(kindText)\", but it must be reflection, checkin, note or application")
        }
        let table = EntryFields.table(for: kind)

        var byKey: [String: FrontMatterField] = [:]
        var extra: [RawField] = []
        var keptComments: [Substring] = []
        for field in fields {
            if table.knownKeys.contains(field.key) {
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

        guard let created = try reader.timestamp("created") else { throw CodecError("the front matter has no `created` date") }
        let id: EntryID
        // An empty `id:` counts as none: the writer leaves empty values out, so it would not survive a rewrite.
        if let text = try reader.string("id"), !text.isEmpty { id = EntryID(text) }
        else if let fallbackID { id = fallbackID }
        else { throw CodecError("the front matter has no `id`") }

        var e = Entry(id: id, kind: kind, created: created, updated: try reader.timestamp("updated") ?? created)
        e.status = try reader.string("status").map(EntryStatus.init(rawValue:))
        for field in table.readers where field.keys.contains(where: { byKey[$0] != nil }) { try field.read(reader, &e) }
        e.extraFields = extra
        return e
    }

    /// The known keys of an entry, in the order onward writes them, with YAML value text.
    static func fields(of e: Entry) -> [(String, String)] {
        var out: [(String, String)] = []
        out.reserveCapacity(12)
        if !e.id.rawValue.isEmpty { out.append(("id", YAMLWriter.scalar(e.id.rawValue))) }
        out.append(("kind", e.kind.rawValue))
        if let status = e.status, !status.rawValue.isEmpty { out.append(("status", YAMLWriter.scalar(status.rawValue))) }
        out.append(("created", e.created.description))
        out.append(("updated", e.updated.description))
        let table = EntryFields.table(for: e.kind)
        for field in table.writers {
            if let value = field.yaml(e) { out.append((field.key, value)) }
        }
        return out
    }

    private static func trimTrailingBlankLines(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
