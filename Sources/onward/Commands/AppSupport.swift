import ArgumentParser
import Foundation
import JournalCore

/// What the `app` commands share: today's date, the applications from the index, finding one,
/// checking a date or a stage before anything is written, and printing the result.
enum AppSupport {
    /// A day given on the command line: YYYY-MM-DD, `today` or `yesterday`. Events cannot be
    /// in the future, not even tomorrow (a typo such as 2300 would keep an application from ever
    /// being quiet); only a planned day (`app next --on`) may be, through `anyDay`.
    static func eventDay(_ text: String?, flag: String, today: LocalDay) throws -> LocalDay {
        guard let text else { return today }
        let day = try anyDay(text, flag: flag, today: today)
        guard day <= today else { throw ValidationError("\(flag) is \(day), which has not happened yet; give a day up to today.") }
        guard day.year >= 1970 else { throw ValidationError("\(flag) is \(day), which is too long ago to be part of this search.") }
        return day
    }

    /// A day that may be in the future (a next action).
    static func anyDay(_ text: String, flag: String, today: LocalDay) throws -> LocalDay {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "today": return today
        case "yesterday": return today.adding(days: -1)
        case "tomorrow": return today.adding(days: 1)
        default:
            guard let day = LocalDay(parsing: text.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("\(flag) must be a date such as \(today), or today or yesterday.")
            }
            return day
        }
    }

    /// A stage by its name (`final-interview`) or its words (`final interview`).
    static func stage(_ text: String) throws -> Stage {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let s = Stage(rawValue: wanted.replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")) { return s }
        if let s = Stage.allCases.first(where: { $0.label == wanted }) { return s }
        throw ValidationError("'\(text)' is not a stage; use one of " + Stage.allCases.map(\.rawValue).joined(separator: ", ") + ".")
    }

    /// Text the person typed for a note or feedback: refused when blank.
    static func text(_ text: String, what: String) throws -> String {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { throw ValidationError("the \(what) is empty; write a few words.") }
        return t
    }

    /// The applications, read through the derived index.
    static func records(in context: RunContext) throws -> (JournalStore, [ApplicationRecord], [FileProblem]) {
        let store = try context.store()
        let selection: JournalIndex.Selection
        do { selection = try JournalIndex(store: store).select(EntryFilter(kind: .application)) } catch {
            throw CLIFailure(error)
        }
        return (store, ApplicationQuery.all(in: selection.entries), selection.problems)
    }

    /// The one application `id` names.
    static func find(_ id: String, in context: RunContext) throws -> (JournalStore, ApplicationRecord) {
        let (store, records, _) = try records(in: context)
        switch ApplicationLookup.find(id, in: records) {
        case .success(let record): return (store, record)
        case .failure(let error): throw CLIFailure(error.message)
        }
    }

    /// Applies `change` to the application `id` names, through the one write path, and prints it.
    static func change(_ id: String, in context: RunContext, json: Bool, done: String,
                       _ change: (inout Entry) throws(ApplicationError) -> Void) throws {
        let (store, record) = try find(id, in: context)
        let stored: StoredEntry
        do { stored = try ApplicationWriter(store: store).change(record.relativePath, change) } catch {
            throw CLIFailure(error.message)
        }
        report(ApplicationRecord(stored), in: context, json: json, done: done)
    }

    /// Prints what a command did: a sentence, or the application as JSON.
    static func report(_ record: ApplicationRecord, reflection: EntryID? = nil, in context: RunContext, json: Bool, done: String) {
        if json {
            context.console.print(JSONOutput.encode(ApplicationChangeJSON(record, reflection: reflection, today: context.now.day,
                                                                          quietAfterDays: context.settings.quietAfterDays.value)))
        } else {
            // Not `CLIFailure.sentence`: that lowercases the first letter, here a company's name.
            var line = VisibleText.line(done.replacingOccurrences(of: "%@", with: record.title))
            if let last = line.last, !".!?".contains(last) { line += "." }
            context.console.print(line)
        }
    }
}
