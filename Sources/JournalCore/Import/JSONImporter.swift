import Foundation

/// Restores entries from an `onward export --format json` document into a journal, each at
/// the path it had; entries whose file already exists are left alone.
public struct JSONImporter {
    public let store: JournalStore

    public init(store: JournalStore) { self.store = store }

    /// Decodes the export and writes its entries, under the journal's write lock.
    public func run(_ data: Data) throws -> ImportReport {
        let export = try JSONDecoder().decode(JSONExport.self, from: data)
        return try store.withWriteLock { () throws(StoreError) -> ImportReport in write(export) }
    }

    private func write(_ export: JSONExport) -> ImportReport {
        var report = ImportReport()
        for item in export.entries {
            let entry: Entry
            do {
                entry = try EntryCodec.decode(item.markdown, fallbackID: EntryID(item.summary.id))
            } catch {
                report.failures.append("\(item.summary.id) was not imported: \(error)")
                continue
            }
            guard entry.id.isWellFormed else {
                report.failures.append("an entry with the id \"\(item.summary.id)\" was not imported: that id cannot be a file name")
                continue
            }
            let path = store.relativePath(for: entry.id, created: entry.day)
            if store.fileSystem.kind(of: store.absolute(path)) != .missing {
                report.alreadyPresent += 1
                continue
            }
            do {
                report.imported.append(try store.update(entry, at: path).entry.id)
            } catch {
                report.failures.append("\(item.summary.id) was not imported: \(error.message)")
            }
        }
        return report
    }
}
