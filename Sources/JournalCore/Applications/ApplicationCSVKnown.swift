/// The applications already in the journal, as an import finds them again: by the fingerprint
/// an earlier import left (`imported_from`), by the fingerprint of their own company, role, day
/// and link (one added by hand is the same application), and by id (onward's own export).
struct ApplicationCSVKnown {
    private var byKey: [String: StoredEntry] = [:]
    private var byID: [EntryID: StoredEntry] = [:]

    init(_ snapshot: JournalSnapshot) {
        for stored in snapshot.entries where stored.entry.kind == .application && !stored.entry.isDraft {
            let e = stored.entry
            byID[e.id] = stored
            let own = "csv:" + ApplicationCSVImporter.fingerprint(e.company ?? "", e.role ?? "", e.appliedOn, e.link)
            if byKey[own] == nil { byKey[own] = stored }
            if let key = JrnlImporter.source(of: e) { byKey[key] = stored }
        }
    }

    /// The application a planned row stands for, if it is here.
    func find(_ item: ApplicationCSVImporter.Planned) -> StoredEntry? {
        item.onwardID.flatMap { byID[$0] } ?? byKey[item.key]
    }

    /// Remembers a row just written, so the same row twice in one file is written once.
    mutating func add(_ item: ApplicationCSVImporter.Planned, _ saved: StoredEntry) {
        byKey[item.key] = saved
        byID[saved.entry.id] = saved
    }
}
