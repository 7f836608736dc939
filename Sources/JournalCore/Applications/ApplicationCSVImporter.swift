import Foundation
import SwiftCSV

/// `onward import csv FILE`: a job tracker's CSV export, one application per row.
///
/// Known columns fill the application's fields; every other column, and any value that could
/// not be understood, is kept word for word under `## Notes`, and named in the report. Each
/// application carries `imported_from: csv:<fingerprint>` (of its company, role, day and link);
/// a row is matched to one already in the journal by that, by the same fingerprint of its
/// fields, or by onward's own id, so importing again adds nothing and only brings on a status
/// that moved. The check and the writes happen under the journal's write lock.
public struct ApplicationCSVImporter: Sendable {
    public let store: JournalStore

    public init(store: JournalStore) { self.store = store }

    /// What an import did.
    public struct Report: Equatable, Sendable {
        public var imported: [EntryID] = []
        public var alreadyPresent = 0
        /// Applications already there whose status had moved on: one "Globex, Dev: now interview" each.
        public var updated: [String] = []
        /// Headers that are not a known column (their values are kept as notes).
        public var unmappedColumns: [String] = []
        /// One sentence per value that could not be read (kept as a note too).
        public var unmappedValues: [String] = []
        /// How slashed dates were read, when nothing in the file settled whether the month or the day is first.
        public var dateNote: String?
        /// Rows with no company (an application is always with some company).
        public var skippedRows: [Int] = []
        /// Rows a tracker keeps for jobs not applied to yet (wishlist, bookmarked, saved): not
        /// imported, since they were never sent and would count as sent in the funnel.
        public var notSentRows: [Int] = []
        /// Rows that could not be written for a reason of their own; the import went on.
        public var failures: [String] = []
        /// Why the import stopped before the end (the disk is full, read-only...): it would fail
        /// the same way for every later row.
        public var stopped: String?
        /// Rows still to import when it stopped.
        public var remaining = 0
    }

    /// A row ready to write, with its fingerprint.
    public struct Planned: Equatable, Sendable {
        public var entry: Entry
        public var key: String
        public var line: Int
        /// The onward id the row names (onward's own export has an `id` column).
        public var onwardID: EntryID?
        /// The day the row's status was reached, when the row says (a status date, a last event).
        public var statusDay: LocalDay?
        /// What could not be read in this row (also in the plan's `unmappedValues`); an import
        /// says it only when it writes the row, so running it again does not repeat it.
        public var warnings: [String] = []
    }

    /// Reads the CSV text (a byte order mark, CRLF line ends, quoted commas and newlines are all
    /// fine) into planned applications, or a sentence saying why it cannot be read.
    public static func plan(_ text: String, now: LocalTimestamp) throws(ApplicationError) -> (planned: [Planned], report: Report) {
        var source = text
        if source.hasPrefix("\u{FEFF}") { source.removeFirst() }
        if source.allSatisfy(\.isWhitespace) {
            throw ApplicationError("the file is empty; a CSV file starts with a line naming its columns, such as company,role,status,date applied")
        }
        let delimiter = guessDelimiter(source)
        let lines = ApplicationCSVLines(source, delimiter: delimiter.rawValue)
        if let open = lines.unclosedQuoteLine {
            // Read as it is, the rest of the file would run into that one field.
            throw ApplicationError("the quote that opens a field on line \(open) is never closed, so nothing was imported; add the missing \" and import again")
        }
        if let stray = lines.strayQuoteLine {
            throw ApplicationError("line \(stray) has a quote onward cannot read: a field with a quote in it must start and end with one, and double the quotes inside (\"Data \"\"Wizard\"\"\"); nothing was imported")
        }
        let csv: EnumeratedCSV
        do { csv = try EnumeratedCSV(string: source, delimiter: delimiter, loadColumns: false) } catch {
            throw ApplicationError("the file is not a CSV file onward can read (\(reason(error)))")
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let columns = header.map(ApplicationCSVColumn.matching)
        // Every application names its company (the screen and `app add` ask for it too).
        guard columns.contains(.company) else {
            if header.allSatisfy(\.isEmpty) {
                throw ApplicationError("the file's first line is blank; it should name the columns, such as company,role,status,date applied")
            }
            let named = header.first { ApplicationCSVColumn.normalized($0) == "name" }
            throw ApplicationError("the file has no company column (its first line reads: \(header.prefix(6).joined(separator: ", ")))"
                + (named.map { "; if its \($0) column is the company, rename it company and import again" } ?? ""))
        }
        var report = Report()
        // A column that means the same as an earlier one is kept as a note rather than lost.
        var meaning: [ApplicationCSVColumn?] = []
        for (i, column) in columns.enumerated() {
            if let column, let first = columns.firstIndex(of: column), first == i { meaning.append(column) } else {
                meaning.append(nil)
                if !header[i].isEmpty { report.unmappedColumns.append(header[i]) }
            }
        }
        // Slashed dates (11/05/2026) are month or day first for the whole file.
        let dateColumns: [ApplicationCSVColumn] = [.applied, .statusDate, .lastEvent, .nextActionOn]
        let dateCells = csv.rows.flatMap { row in
            row.indices.filter { $0 < meaning.count && meaning[$0].map(dateColumns.contains) == true }.map { row[$0] }
        }
        let dates = ApplicationCSVDate.reading(of: dateCells)
        if let (d, m) = dates.mixedExamples {
            report.dateNote = "The file writes dates both ways (\(d) has the day first, \(m) the month first), so they were read "
                + "month first, as in the US, and \(d) is not a date there; check the days sent"
        } else if let example = dates.ambiguousExample {
            report.dateNote = "No date in the file has a day over 12, so dates such as \(example) were read month first, "
                + "as in the US (\(example) is \(ApplicationCSVDate.day(example, order: .monthFirst).map(\.description) ?? example)); "
                + "if the file puts the day first, check the days sent"
        }
        var planned: [Planned] = []
        for (r, row) in csv.rows.enumerated() {
            let line = lines.line(ofRecord: r + 1)
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            let warningsBefore = report.unmappedValues.count
            var values: [ApplicationCSVColumn: String] = [:]
            var notes: [String] = []
            for (i, cell) in row.enumerated() {
                let v = ApplicationCSVFormula.restored(cell.trimmingCharacters(in: .whitespacesAndNewlines))
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                guard !v.isEmpty else { continue }
                if i < meaning.count, let column = meaning[i] { values[column] = v } else {
                    let name = i < header.count && !header[i].isEmpty ? header[i] : "Column \(i + 1)"
                    notes.append(name + ": " + v)
                }
            }
            let company = values[.company] ?? "", role = values[.role] ?? ""
            if company.isEmpty { report.skippedRows.append(line); continue }
            if let status = values[.status], ApplicationCSVStatus.isNotSent(status) { report.notSentRows.append(line); continue }
            let title = [company, role].filter { !$0.isEmpty }.joined(separator: ", ")
            var applied: LocalDay?
            if let text = values[.applied] {
                applied = ApplicationCSVDate.day(text, order: dates.order)
                if applied == nil {
                    report.unmappedValues.append("line \(line) (\(title)): the date '\(text)' is not a date onward can read; kept as a note")
                    notes.append("Date applied: " + text)
                } else if let day = applied, day > now.day {
                    // The same rule as `app add --applied`: a day to come has not been sent yet.
                    report.unmappedValues.append("line \(line) (\(title)): the date '\(text)' has not happened yet; kept as a note")
                    notes.append("Date applied: " + text)
                    applied = nil
                }
            }
            // onward's own export: its id finds the application again (and names it the same in
            // another journal); its last event is worked out from the timeline. Anything else in
            // those columns is a note like any other.
            var onwardID: EntryID?, idTime: LocalTimestamp?
            if let id = values[.onwardID] {
                idTime = ApplicationCSVColumn.onwardApplicationTime(id, utcOffset: now.utcOffset).flatMap { $0.day <= now.day ? $0 : nil }
                if idTime != nil { onwardID = EntryID(id) } else { notes.append(header[meaning.firstIndex(of: .onwardID)!] + ": " + id) }
            }
            // The day the status was reached: a tracker's status date, else onward's own last event.
            // Without one, the status is dated the day it was sent, the only day the row gives.
            var statusDay: LocalDay?
            for column in [ApplicationCSVColumn.statusDate, .lastEvent] {
                guard let text = values[column], let name = meaning.firstIndex(of: column).map({ header[$0] }) else { continue }
                guard let day = ApplicationCSVDate.day(text, order: dates.order) else {
                    if column == .statusDate {
                        report.unmappedValues.append("line \(line) (\(title)): the date '\(text)' is not a date onward can read; kept as a note")
                    }
                    notes.append(name + ": " + text)
                    continue
                }
                if day > now.day || applied.map({ day < $0 }) == true {
                    report.unmappedValues.append("line \(line) (\(title)): the \(name) '\(text)' is "
                        + (day > now.day ? "a day to come" : "before the day it was sent") + "; kept as a note")
                    notes.append(name + ": " + text)
                } else if statusDay == nil {
                    statusDay = day
                }
            }
            let created = idTime ?? LocalTimestamp(day: applied ?? now.day, hour: applied == nil ? now.hour : 12,
                                                   minute: applied == nil ? now.minute : 0, utcOffset: now.utcOffset)
            var e = ApplicationChange.new(company: company, role: role, applied: applied ?? now.day,
                                          source: values[.source], link: values[.link], at: created)
            if let onwardID { e.id = onwardID }
            if applied == nil { e.appliedOn = nil }
            // onward's own timeline, as exported: its events with their own days.
            if let text = values[.timeline] {
                e.setSection(ApplicationChange.timelineHeading, body: ApplicationCSVTimeline.body(text))
                ApplicationChange.settleStage(&e)
            }
            let eventDay = statusDay ?? applied ?? now.day
            if let status = values[.status] {
                if let (stage, outcome) = ApplicationCSVStatus.meaning(status) {
                    ApplicationCSVTimeline.bring(&e, to: stage, outcome: outcome, on: eventDay, at: created)
                } else {
                    report.unmappedValues.append("line \(line) (\(title)): the status '\(status)' is not a stage onward knows; kept as a note")
                    notes.append("Status: " + status)
                }
            }
            if let text = values[.outcome] {
                if let outcome = ApplicationOutcome(rawValue: text.lowercased()) {
                    if outcome != .open, e.outcome == .open {
                        ApplicationCSVTimeline.bring(&e, to: e.stage ?? .applied, outcome: outcome, on: eventDay, at: created)
                    }
                } else {
                    report.unmappedValues.append("line \(line) (\(title)): the outcome '\(text)' is not one onward knows; kept as a note")
                    notes.append("Outcome: " + text)
                }
            }
            if let text = values[.feedback] {
                ApplicationChange.append(&e, heading: ApplicationChange.feedbackHeading, text: text, position: 1)
            }
            if let next = values[.nextAction] {
                var on: LocalDay?
                if let d = values[.nextActionOn] { on = ApplicationCSVDate.day(d, order: dates.order); if on == nil { notes.append("Next action on: " + d) } }
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
            planned.append(Planned(entry: e, key: key, line: line, onwardID: onwardID, statusDay: statusDay,
                                   warnings: Array(report.unmappedValues[warningsBefore...])))
        }
        if planned.isEmpty && report.skippedRows.isEmpty && report.notSentRows.isEmpty {
            throw ApplicationError("the file has its header line but no applications under it")
        }
        return (planned, report)
    }

    /// How many rows are written under one hold of the write lock: few enough that a check-in or
    /// a screen's draft saved meanwhile waits a moment, not the whole import.
    static let rowsPerLock = 40
    /// Longer than the longest wait between two tries of a writer waiting for the lock.
    static let pauseBetweenBatches = 0.03

    /// Imports `text`, each batch of rows under the journal's write lock and checked against the
    /// journal as it is once the lock is held: two imports of one file at the same moment add each
    /// application once. The journal is read whole once; a later batch reads it again only when
    /// another writer changed the entries folders meanwhile, so a row costs the same however many
    /// came before it.
    public func run(_ text: String, now: LocalTimestamp) throws(ApplicationError) -> Report {
        let (planned, first) = try Self.plan(text, now: now)
        var report = first
        report.unmappedValues = []  // said again row by row, for the rows written
        var next = planned.startIndex
        var known: ApplicationCSVKnown?
        var leftAt: ApplicationCSVTreeStamp?
        repeat {
            do {
                try store.withWriteLock { () throws(StoreError) in
                    let stamp = ApplicationCSVTreeStamp.of(store)
                    if known == nil || stamp == nil || stamp != leftAt {
                        known = ApplicationCSVKnown(try store.loadIndexed())
                    }
                    next = write(planned[next...], into: &report, known: &known!, now: now, atMost: Self.rowsPerLock)
                    leftAt = ApplicationCSVTreeStamp.of(store)
                }
            } catch {
                throw ApplicationError(error.message)
            }
            guard report.stopped == nil && next < planned.endIndex else { break }
            // Another writer polls for the lock every 20 ms at most: leave it a moment to take it.
            Thread.sleep(forTimeInterval: Self.pauseBetweenBatches)
        } while true
        // The new files go into the index once, now, rather than a rewrite of it for every row.
        if !report.imported.isEmpty { _ = try? store.loadIndexed() }
        if report.imported.isEmpty && report.updated.isEmpty { report.dateNote = nil }
        return report
    }

    /// Writes up to `atMost` of `rows` that are not `known` (as read under the same write lock),
    /// and moves on the ones there whose status has moved on. Returns the index of the first row
    /// not handled yet.
    func write(_ rows: ArraySlice<Planned>, into report: inout Report, known: inout ApplicationCSVKnown,
               now: LocalTimestamp, atMost: Int = .max) -> Int {
        let writer = ApplicationWriter(store: store)
        var handled = 0
        for i in rows.indices {
            if handled == atMost { return i }
            handled += 1
            let item = rows[i]
            do throws(ApplicationError) {
                if let found = known.find(item) {
                    report.alreadyPresent += 1
                    if let said = try moveOn(found, to: item, writer: writer, now: now) { report.updated.append(said) }
                    continue
                }
                // Never write a file onward would then refuse to read (NUL bytes, too large, ...).
                if case .failure(let problem) = EntryFileReader.decode(Array(EntryCodec.encode(item.entry).utf8), fallbackID: item.entry.id) {
                    report.failures.append("line \(item.line) was not imported: " + Self.inSentence(problem.description))
                    continue
                }
                do { try JournalStore.requireWellFormed(item.entry.id) } catch {
                    report.failures.append("line \(item.line) was not imported: " + Self.inSentence(error.message))
                    continue
                }
                // The index is brought up to date at the end: noting each row rewrote the whole
                // index, so a row cost more the more the journal held.
                let saved = try writer.add(item.entry, notingIndex: false)
                report.imported.append(saved.entry.id)
                report.unmappedValues += item.warnings
                known.add(item, saved)
            } catch {
                // The row itself was fine, so the journal is the trouble (the disk is full, read-only,
                // not ours): every later row would fail the same way.
                report.stopped = "the import stopped at line \(item.line): " + Self.inSentence(error.message)
                report.remaining = rows[i...].count { known.find($0) == nil }
                return rows.endIndex
            }
        }
        return rows.endIndex
    }

    /// Brings a known application up to the row's status when the row's is further on: a later
    /// stage, or closed while it is still open here. Returns what changed, or nil.
    func moveOn(_ found: StoredEntry, to item: Planned, writer: ApplicationWriter, now: LocalTimestamp) throws(ApplicationError) -> String? {
        let wanted = ApplicationRecord(item.entry)
        func needed(_ e: Entry) -> (stage: Stage?, outcome: ApplicationOutcome?) {
            let current = ApplicationRecord(e)
            guard current.isOpen else { return (nil, nil) }  // closed here: the person's word stands
            // Dated by hand after today: an event today would come before it was sent.
            if let applied = e.appliedOn, now.day < applied { return (nil, nil) }
            return (ApplicationChange.rank(wanted.stage) > ApplicationChange.rank(current.stage) ? wanted.stage : nil,
                    wanted.outcome != .open ? wanted.outcome : nil)
        }
        let first = needed(found.entry)
        guard first.stage != nil || first.outcome != nil else { return nil }
        var said: [String] = []
        try writer.change(found.relativePath) { (e: inout Entry) throws(ApplicationError) in
            let still = needed(e)  // as it is on disk now, under the lock
            said = []
            // The row's own status date when it says one, and it does not come before what is here.
            let latest = TimelineFacts(body: e.section(ApplicationChange.timelineHeading)?.body ?? "").latest
            let day = item.statusDay.flatMap { d in latest.map { d >= $0 } ?? true ? d : nil } ?? now.day
            if let stage = still.stage {
                ApplicationChange.move(&e, to: stage, on: day, note: "from the import", at: now)
                said.append("now " + stage.label)
            }
            if let outcome = still.outcome {
                ApplicationChange.close(&e, as: outcome, on: day, note: "from the import", at: now)
                said.append(outcome.label)
            }
        }
        return said.isEmpty ? nil : ApplicationRecord(found.entry).title + ": " + said.joined(separator: ", ")
    }

    /// A store sentence ("Could not save X: the disk is full.") inside another sentence.
    static func inSentence(_ message: String) -> String {
        var s = message.trimmingCharacters(in: .whitespaces)
        if s.hasSuffix(".") { s.removeLast() }
        if let first = s.first, first.isUppercase, let second = s.dropFirst().first, second.isLowercase {
            s = first.lowercased() + s.dropFirst()
        }
        return s
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
