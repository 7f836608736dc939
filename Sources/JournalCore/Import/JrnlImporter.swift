import Foundation

/// Writes jrnl entries into a journal as `kind: note` entries. Each one carries
/// `imported_from: jrnl:<fingerprint>` in its front matter, so importing the same file
/// again skips what is already there.
public struct JrnlImporter {
    public static let sourceKey = "imported_from"

    public let store: JournalStore
    public let timeZone: TimeZone

    public init(store: JournalStore, timeZone: TimeZone = .current) {
        self.store = store
        self.timeZone = timeZone
    }

    /// Imports `entries` under the journal's write lock, reading what is there only once it is
    /// held: two imports of one file at the same moment add each entry once.
    public func run(_ entries: [JrnlEntry]) throws(StoreError) -> ImportReport {
        try store.withWriteLock { () throws(StoreError) -> ImportReport in
            run(entries, existing: try store.loadIndexed())
        }
    }

    /// Imports `entries` next to those in `snapshot` (read under the same write lock).
    public func run(_ entries: [JrnlEntry], existing snapshot: JournalSnapshot) -> ImportReport {
        var report = ImportReport()
        var known = Set(snapshot.entries.compactMap { Self.source(of: $0.entry) })
        for (i, item) in entries.enumerated() {
            let key = "jrnl:" + item.fingerprint
            if known.contains(key) {
                report.alreadyPresent += 1
                continue
            }
            let note = entry(for: item, source: key)
            // Never write a file onward would then refuse to read (NUL bytes, too large, ...).
            let bytes = Array(EntryCodec.encode(note).utf8)
            if let problem = JournalStore.unreadableProblem(bytes) {
                report.failures.append("the entry on line \(item.line) was not imported: \(problem)")
                continue
            }
            if case .failure(let problem) = EntryFileReader.decode(bytes, fallbackID: note.id) {
                report.failures.append("the entry on line \(item.line) was not imported: \(problem.description)")
                continue
            }
            do {
                let saved = try store.create(note)
                report.imported.append(saved.entry.id)
                known.insert(key)
            } catch {
                // The entry itself was fine, so the journal is the trouble: stop here, once.
                report.stopped = "the import stopped at the entry on line \(item.line): \(ApplicationCSVImporter.inSentence(error.message))"
                report.remaining = entries[i...].count { !known.contains("jrnl:" + $0.fingerprint) }
                break
            }
        }
        return report
    }

    /// The note an item becomes.
    public func entry(for item: JrnlEntry, source: String) -> Entry {
        let time = localTime(item)
        var e = Entry(id: EntryID.make(at: time, kind: .note, slugSource: item.title), kind: .note, created: time)
        e.title = item.title.isEmpty ? nil : item.title
        e.preamble = item.body
        e.tags = item.tags + (item.starred ? ["starred"] : [])
        e.extraFields = [RawField(key: Self.sourceKey, text: "\(Self.sourceKey): \(source)")]
        return e
    }

    /// The value of `imported_from` in an entry, if any.
    public static func source(of entry: Entry) -> String? {
        guard let field = entry.extraFields.first(where: { $0.key == sourceKey }) else { return nil }
        return field.text.dropFirst(sourceKey.count + 1).trimmingCharacters(in: .whitespaces)
    }

    /// jrnl writes wall-clock times without an offset; the offset is the one in force then, here.
    private func localTime(_ item: JrnlEntry) -> LocalTimestamp {
        let naive = LocalTimestamp(day: item.day, hour: item.hour, minute: item.minute)
        let guess = naive.date.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: naive.date)))
        var stamp = naive
        stamp.utcOffset = timeZone.secondsFromGMT(for: guess)
        return stamp
    }
}
