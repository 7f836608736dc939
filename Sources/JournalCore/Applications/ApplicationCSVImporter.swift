import Foundation
import SwiftCSV

/// `onward import csv FILE`: a job tracker's CSV export, one application per row.
///
/// Known columns fill the application's fields; every other column, and any value that could
/// not be understood, is kept word for word under `## Notes`, and named in the report. Each
/// application carries `imported_from: csv:<fingerprint>` (of its company, role, day and link),
/// so importing the same file again adds nothing.
public struct ApplicationCSVImporter: Sendable {
    public let store: JournalStore

    public init(store: JournalStore) { self.store = store }

    /// What an import did.
    public struct Report: Equatable, Sendable {
        public var imported: [EntryID] = []
        public var alreadyPresent = 0
        /// Headers that are not a known column (their values are kept as notes).
        public var unmappedColumns: [String] = []
        /// One sentence per value that could not be read (kept as a note too).
        public var unmappedValues: [String] = []
        /// Rows with no company and no role.
        public var skippedRows: [Int] = []
        public var failures: [String] = []
    }

    /// A row ready to write, with its fingerprint.
    public struct Planned: Equatable, Sendable {
        public var entry: Entry
        public var key: String
        public var line: Int
    }

    /// Reads the CSV text (a byte order mark, CRLF line ends, quoted commas and newlines are all
    /// fine) into planned applications, or a sentence saying why it cannot be read.
    public static func plan(_ text: String, now: LocalTimestamp) throws(ApplicationError) -> (planned: [Planned], report: Report) {
        var source = text
        if source.hasPrefix("\u{FEFF}") { source.removeFirst() }
        let csv: EnumeratedCSV
        do { csv = try EnumeratedCSV(string: source, delimiter: guessDelimiter(source), loadColumns: false) } catch {
            throw ApplicationError("the file is not a CSV file onward can read (\(reason(error)))")
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let columns = header.map(ApplicationCSVColumn.matching)
        guard columns.contains(.company) || columns.contains(.role) else {
            throw ApplicationError("the file has no company or role column (its first line reads: \(header.prefix(6).joined(separator: ", ")))")
        }
        var report = Report()
        // A column that means the same as an earlier one is kept as a note rather than lost.
        var taken = Set<Int>()
        var meaning: [ApplicationCSVColumn?] = []
        for (i, column) in columns.enumerated() {
            if let column, let first = columns.firstIndex(of: column), first == i { meaning.append(column); taken.insert(i) } else {
                meaning.append(nil)
                if !header[i].isEmpty { report.unmappedColumns.append(header[i]) }
            }
        }
        var planned: [Planned] = []
        for (r, row) in csv.rows.enumerated() {
            let line = r + 2
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            var values: [ApplicationCSVColumn: String] = [:]
            var notes: [String] = []
            for (i, value) in row.enumerated() {
                let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !v.isEmpty else { continue }
                if i < meaning.count, let column = meaning[i] { values[column] = v } else {
                    let name = i < header.count && !header[i].isEmpty ? header[i] : "Column \(i + 1)"
                    notes.append(name + ": " + v)
                }
            }
            let company = values[.company] ?? "", role = values[.role] ?? ""
            if company.isEmpty && role.isEmpty { report.skippedRows.append(line); continue }
            let title = [company, role].filter { !$0.isEmpty }.joined(separator: ", ")
            var applied: LocalDay?
            if let text = values[.applied] {
                applied = ApplicationCSVDate.day(text)
                if applied == nil {
                    report.unmappedValues.append("line \(line) (\(title)): the date '\(text)' is not YYYY-MM-DD; kept as a note")
                    notes.append("Date applied: " + text)
                }
            }
            let created = LocalTimestamp(day: applied ?? now.day, hour: applied == nil ? now.hour : 12,
                                         minute: applied == nil ? now.minute : 0, utcOffset: now.utcOffset)
            var e = ApplicationChange.new(company: company, role: role, applied: applied ?? now.day,
                                          source: values[.source], link: values[.link], at: created)
            if applied == nil { e.appliedOn = nil }
            if let status = values[.status] {
                if let (stage, outcome) = ApplicationCSVStatus.meaning(status) {
                    let day = applied ?? now.day
                    if stage != .applied { ApplicationChange.move(&e, to: stage, on: day, note: "from the import", at: created) }
                    if outcome != .open { ApplicationChange.close(&e, as: outcome, on: day, note: "from the import", at: created) }
                } else {
                    report.unmappedValues.append("line \(line) (\(title)): the status '\(status)' is not a stage onward knows; kept as a note")
                    notes.append("Status: " + status)
                }
            }
            if let text = values[.outcome] {
                if let outcome = ApplicationOutcome(rawValue: text.lowercased()) {
                    if outcome != .open, e.outcome == .open { ApplicationChange.close(&e, as: outcome, on: applied ?? now.day, note: "from the import", at: created) }
                } else {
                    report.unmappedValues.append("line \(line) (\(title)): the outcome '\(text)' is not one onward knows; kept as a note")
                    notes.append("Outcome: " + text)
                }
            }
            if let next = values[.nextAction] {
                var on: LocalDay?
                if let d = values[.nextActionOn] { on = ApplicationCSVDate.day(d); if on == nil { notes.append("Next action on: " + d) } }
                ApplicationChange.setNextAction(&e, next, on: on, at: created)
            }
            if let contacts = values[.contacts] {
                e.applicationContacts = contacts.split(whereSeparator: { $0 == ";" || $0 == "\n" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            if let text = values[.notes] { notes.insert(text, at: 0) }
            if !notes.isEmpty {
                e.setSection(ApplicationChange.notesHeading, body: notes.joined(separator: "\n\n"))
            }
            e.updated = created
            let key = "csv:" + fingerprint(company, role, applied, values[.link])
            e.extraFields.append(RawField(key: JrnlImporter.sourceKey, text: JrnlImporter.sourceKey + ": " + key))
            planned.append(Planned(entry: e, key: key, line: line))
        }
        return (planned, report)
    }

    /// Writes the planned applications that are not in the journal yet.
    public func run(_ text: String, existing snapshot: JournalSnapshot, now: LocalTimestamp) throws(ApplicationError) -> Report {
        var (planned, report) = try Self.plan(text, now: now)
        var known = Set(snapshot.entries.compactMap { JrnlImporter.source(of: $0.entry) })
        let writer = ApplicationWriter(store: store)
        for item in planned {
            if known.contains(item.key) { report.alreadyPresent += 1; continue }
            do {
                report.imported.append(try writer.add(item.entry).entry.id)
                known.insert(item.key)
            } catch {
                report.failures.append("line \(item.line) was not imported: \(error.message)")
            }
        }
        planned.removeAll()
        return report
    }

    static func fingerprint(_ company: String, _ role: String, _ applied: LocalDay?, _ link: String?) -> String {
        let text = [company, role, applied?.description ?? "", link ?? ""].map { $0.lowercased() }.joined(separator: "\u{1F}")
        let hash = IndexChecksum.of(Array(text.utf8))
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Commas, unless the first line has more semicolons or tabs (spreadsheets in some locales).
    static func guessDelimiter(_ text: String) -> CSVDelimiter {
        let first = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let counts: [(CSVDelimiter, Int)] = [(.comma, first.filter { $0 == "," }.count),
                                            (.semicolon, first.filter { $0 == ";" }.count),
                                            (.tab, first.filter { $0 == "\t" }.count)]
        return counts.max { $0.1 < $1.1 }.map { $0.1 == 0 ? .comma : $0.0 } ?? .comma
    }

    private static func reason(_ error: Error) -> String {
        if let e = error as? CSVParseError {
            switch e {
            case .generic(let message), .quotation(let message): return message
            }
        }
        return "unreadable"
    }
}
