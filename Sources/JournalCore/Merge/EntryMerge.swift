/// The three-way merge of a whole entry that was loaded, changed at length (in a screen, in the
/// person's editor) and is now saved over a file another writer may have changed meanwhile.
///
/// `base` is what was loaded, `mine` what the person has now, `theirs` the file as it is now
/// (re-read under the write lock). Front matter merges field by field: a field mine changed from
/// base takes mine's value, every other field keeps theirs; lists (wins, tags...) merge item by
/// item. The body merges section by section and each section item by item (`TextMerge`), so
/// what either side added is kept.
public enum EntryMerge {
    /// The merged entry; it is `mine` when theirs is still base, `theirs` when mine is.
    public static func merge(base: Entry, mine: Entry, theirs: Entry) -> Entry {
        if theirs == base || mine == theirs { return mine }
        if mine == base { return theirs }
        var out = theirs
        if mine.kind != base.kind { out.kind = mine.kind }
        if mine.created != base.created { out.created = mine.created }
        if mine.status != base.status { out.status = mine.status }
        out.updated = max(mine.updated, theirs.updated)
        for row in EntryFields.all { row.merge(base, mine, &out) }
        out.extraFields = mergeExtraFields(base: base.extraFields, mine: mine.extraFields, theirs: theirs.extraFields)
        if mine.title != base.title { out.title = mine.title }
        out.preamble = TextMerge.merge(base: base.preamble, mine: mine.preamble, theirs: theirs.preamble)
        out.sections = mergeSections(base: base.sections, mine: mine.sections, theirs: theirs.sections)
        return out
    }

    /// Unknown keys, each kept as its lines: mine's version where mine changed, added or removed
    /// it, theirs' otherwise.
    static func mergeExtraFields(base: [RawField], mine: [RawField], theirs: [RawField]) -> [RawField] {
        func keyed(_ fields: [RawField]) -> [(OrderedMerge.Occurrence, RawField)] { OrderedMerge.keyed(fields, identity: \.key) }
        return OrderedMerge.merge(base: keyed(base), mine: keyed(mine), theirs: keyed(theirs)) { b, m, t in
            if m?.text != b?.text { return m }
            return t
        }
    }

    /// Sections matched by heading (ignoring case; a repeated heading by which repeat it is), each
    /// body merged item by item. A section one side removed stays when the other side added to it,
    /// with only what was added.
    static func mergeSections(base: [Section], mine: [Section], theirs: [Section]) -> [Section] {
        func keyed(_ sections: [Section]) -> [(OrderedMerge.Occurrence, Section)] {
            OrderedMerge.keyed(sections) { $0.heading.lowercased() }
        }
        return OrderedMerge.merge(base: keyed(base), mine: keyed(mine), theirs: keyed(theirs)) { b, m, t in
            let body = TextMerge.merge(base: b?.body ?? "", mine: m?.body ?? "", theirs: t?.body ?? "")
            guard OrderedMerge.presence(b, m, t) != nil || !body.isEmpty else { return nil }
            return Section(heading: (m ?? t ?? b)?.heading ?? "", body: body)
        }
    }
}
