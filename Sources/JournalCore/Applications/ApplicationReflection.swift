/// The link between an application that said no and the reflection written about it: the
/// reflection starts with what the application knows, and once saved each names the other.
public enum ApplicationReflection {
    /// A new reflection's answers, filled in from the application.
    public static func answers(for r: ApplicationRecord, rejectedOn day: LocalDay) -> ReflectionAnswers {
        var a = ReflectionAnswers()
        a.company = r.company
        a.role = r.role
        a.stage = r.stage
        a.rejectedOn = day
        a.applicationID = r.id
        return a
    }

    /// After a reflection started from an application is saved, the application names it back.
    /// Returns a sentence when that could not be done (the reflection itself is saved).
    public static func linkBack(_ reflection: StoredEntry, store: JournalStore, at now: LocalTimestamp) -> String? {
        guard reflection.entry.kind == .reflection, let id = reflection.entry.applicationID else { return nil }
        guard let path = path(of: id, in: store) else {
            return "The reflection is saved, but the application \(id) was not found to link it to."
        }
        var arrived: [(day: LocalDay, text: String)] = []
        do {
            let application = try ApplicationWriter(store: store).change(path) { (e: inout Entry) throws(ApplicationError) in
                guard e.reflectionID != reflection.entry.id else { return }
                ApplicationChange.link(&e, reflection: reflection.entry.id, at: now)
            }
            arrived = feedback(in: application.entry, since: reflection.entry.created.day)
        } catch {
            return "The reflection is saved, but the application could not be linked to it: \(error.message)."
        }
        // Feedback recorded (from the shell) while the reflection was still being written could not
        // reach it then; it does now, once, and the follow-up is done.
        let held = reflection.entry.section(ApplicationChange.feedbackHeading)?.body ?? ""
        let missing = arrived.filter { !held.contains($0.day.description + ": " + $0.text) }
        guard !missing.isEmpty else { return nil }
        do {
            try ApplicationWriter(store: store).change(reflection.relativePath) { (e: inout Entry) throws(ApplicationError) in
                for item in missing { ApplicationChange.reflectionReceives(&e, feedback: item.text, on: item.day, at: now) }
            }
            return nil
        } catch {
            return "The reflection is saved, but the feedback that came meanwhile is only with the application: \(error.message)."
        }
    }

    /// Where the entry with this id lives: where onward puts it, else wherever the index found it.
    static func path(of id: EntryID, in store: JournalStore) -> String? {
        if let day = LocalDay(parsing: String(id.rawValue.prefix(10))) {
            let usual = store.relativePath(for: id, created: day)
            if store.fileSystem.kind(of: store.absolute(usual)) == .file { return usual }
        }
        let snapshot = try? store.loadIndexed()
        return snapshot?.entries.first { $0.entry.id == id }?.relativePath
    }

    /// The dated items ("2026-12-01: what they said", with any lines after it up to the next
    /// dated one) of an application's `## Feedback`, from `day` on.
    static func feedback(in application: Entry, since day: LocalDay) -> [(day: LocalDay, text: String)] {
        var items: [(day: LocalDay, lines: [String])] = []
        for line in (application.section(ApplicationChange.feedbackHeading)?.body ?? "").split(separator: "\n", omittingEmptySubsequences: false) {
            if line.count > 12, let on = LocalDay(parsing: String(line.prefix(10))), line.dropFirst(10).hasPrefix(": ") {
                items.append((on, [String(line.dropFirst(12))]))
            } else if !items.isEmpty {
                items[items.count - 1].lines.append(String(line))
            }
        }
        return items.filter { $0.day >= day }.map { ($0.day, Entry.trimBlankLines($0.lines.joined(separator: "\n"))) }
    }
}

/// Feedback that arrived for an application: on its timeline and under `## Feedback`, and in the
/// reflection linked to it, whose follow-up is then done.
public struct ApplicationFeedback: Sendable {
    public let store: JournalStore

    public init(store: JournalStore) { self.store = store }

    /// What was written.
    public struct Result: Sendable {
        public var application: StoredEntry
        /// The reflection that received the feedback too.
        public var reflection: EntryID?
        /// Why the linked reflection could not receive it (the application has it all the same).
        public var reflectionProblem: String?
    }

    public func record(_ text: String, on day: LocalDay, for record: ApplicationRecord, at now: LocalTimestamp) throws(ApplicationError) -> Result {
        let writer = ApplicationWriter(store: store)
        let application = try writer.change(record.relativePath) { (e: inout Entry) throws(ApplicationError) in
            ApplicationChange.addFeedback(&e, text, on: day, at: now)
        }
        var result = Result(application: application)
        guard let reflection = application.entry.reflectionID else { return result }
        guard let path = ApplicationReflection.path(of: reflection, in: store) else {
            result.reflectionProblem = store.drafts().contains { $0.id == reflection }
                ? "the feedback is with the application; its reflection is still being written, and takes it in when it is saved"
                : "the feedback is with the application, but its reflection \(reflection) was not found"
            return result
        }
        do {
            try writer.change(path) { (e: inout Entry) throws(ApplicationError) in
                ApplicationChange.reflectionReceives(&e, feedback: text, on: day, at: now)
            }
            result.reflection = reflection
        } catch {
            result.reflectionProblem = "the feedback is with the application, but not in its reflection: \(error.message)"
        }
        return result
    }
}
