import Foundation

/// The changes a person makes to an application, each a pure edit of its entry: the timeline
/// gains a line and the front-matter summary follows it. Hand-written lines are never touched.
public enum ApplicationChange {
    static let timelineHeading = "Timeline"
    static let feedbackHeading = "Feedback"
    static let notesHeading = "Notes"

    /// A new application entry, added at `now`.
    public static func new(company: String, role: String, applied: LocalDay?, source: String? = nil,
                           link: String? = nil, at now: LocalTimestamp) -> Entry {
        let company = clean(company), role = clean(role)
        var e = Entry(id: EntryID.make(at: now, kind: .application, slugSource: company.isEmpty ? role : company),
                      kind: .application, created: now)
        e.company = company.isEmpty ? nil : company
        e.role = role.isEmpty ? nil : role
        e.stage = .applied
        e.title = ApplicationRecord(e).title
        e.source = source.map(clean).flatMap { $0.isEmpty ? nil : $0 }
        e.link = link.map(clean).flatMap { $0.isEmpty ? nil : $0 }
        let day = applied ?? now.day
        e.appliedOn = day
        e.outcome = .open
        e.sections = [Section(heading: timelineHeading, body: "- " + TimelineEvent(day: day, what: "applied").line)]
        return e
    }

    /// Records reaching `stage` on `day`, with an optional note on the timeline line. `stage` is
    /// the furthest stage reached, so a move back (a second screening call) is on the timeline
    /// but does not lower it.
    public static func move(_ e: inout Entry, to stage: Stage, on day: LocalDay, note: String?, at now: LocalTimestamp) {
        if rank(stage) > rank(e.stage ?? .applied) { e.stage = stage }
        addEvent(&e, TimelineEvent(day: day, what: stage.rawValue, text: note ?? ""), at: now)
    }

    /// Closes the application with `outcome` on `day`. An offer taken or turned down means it
    /// reached the offer stage.
    public static func close(_ e: inout Entry, as outcome: ApplicationOutcome, on day: LocalDay, note: String?, at now: LocalTimestamp) {
        e.outcome = outcome
        if outcome == .accepted || outcome == .declined { e.stage = .offer }
        if e.nextActionOn != nil || e.nextAction != nil {
            // Nothing is left to do for a closed application.
            e.nextAction = nil
            e.nextActionOn = nil
        }
        addEvent(&e, TimelineEvent(day: day, what: outcome.rawValue, text: note ?? ""), at: now)
    }

    /// Adds a dated line to `## Timeline` in date order, creating the section first in the body
    /// when missing.
    public static func addEvent(_ e: inout Entry, _ event: TimelineEvent, at now: LocalTimestamp) {
        insertEvent(&e, event)
        touch(&e, now)
    }

    /// Feedback goes on the timeline and, in full, under `## Feedback`.
    public static func addFeedback(_ e: inout Entry, _ text: String, on day: LocalDay, at now: LocalTimestamp) {
        insertEvent(&e, TimelineEvent(day: day, what: "feedback", text: text))
        append(&e, heading: feedbackHeading, text: day.description + ": " + Entry.trimBlankLines(text), blankLineBefore: true, position: 1)
        touch(&e, now)
    }

    /// A dated note under `## Notes` (not a timeline event: the other side did not say anything).
    public static func addNote(_ e: inout Entry, _ text: String, on day: LocalDay, at now: LocalTimestamp) {
        append(&e, heading: notesHeading, text: day.description + ": " + Entry.trimBlankLines(text), blankLineBefore: true, position: 2)
        touch(&e, now)
    }

    /// The next thing to do and its day; nil text clears both.
    public static func setNextAction(_ e: inout Entry, _ text: String?, on day: LocalDay?, at now: LocalTimestamp) {
        let cleaned = text.map(clean).flatMap { $0.isEmpty ? nil : $0 }
        e.nextAction = cleaned
        e.nextActionOn = cleaned == nil ? nil : day
        touch(&e, now)
    }

    /// Names the reflection written about this application.
    public static func link(_ e: inout Entry, reflection: EntryID, at now: LocalTimestamp) {
        e.reflectionID = reflection
        touch(&e, now)
    }

    /// The linked reflection receives the feedback it asked for: under `## Feedback`, in
    /// `### What came back`, and its follow-up counts as done.
    public static func reflectionReceives(_ reflection: inout Entry, feedback text: String, on day: LocalDay, at now: LocalTimestamp) {
        let line = day.description + ": " + Entry.trimBlankLines(text)
        let label = "### What came back"
        var body = reflection.section(feedbackHeading)?.body ?? ""
        var lines = body.isEmpty ? [] : body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).lowercased() == label.lowercased() }) {
            // The answer ends at the next `###` label (or the end of the section).
            var end = lines[(start + 1)...].firstIndex { $0.hasPrefix("### ") } ?? lines.endIndex
            while end > start + 1, lines[end - 1].trimmingCharacters(in: .whitespaces).isEmpty { end -= 1 }
            lines.insert(contentsOf: end > start + 1 ? ["", line] : [line], at: end)
        } else {
            let hasLabels = lines.contains { $0.hasPrefix("### ") }
            if !hasLabels && !lines.isEmpty {
                // Text without labels is what came back already; keep it in front of the new answer.
                lines = [label] + lines + ["", line]
            } else {
                lines = [label, line] + (lines.isEmpty ? [] : [""] + lines)
            }
        }
        body = lines.joined(separator: "\n")
        if reflection.section(feedbackHeading) != nil {
            reflection.setSection(feedbackHeading, body: body)
        } else {
            reflection.sections.append(Section(heading: feedbackHeading, body: body))
        }
        if reflection.followUp != nil { reflection.followUpDone = true }
        touch(&reflection, now)
    }

    // MARK: Stages

    /// The order of the stages, for "further than".
    public static func rank(_ stage: Stage) -> Int { Stage.allCases.firstIndex(of: stage) ?? 0 }

    /// The furthest stage the timeline shows (a stage's line, an offer taken or turned down), if any.
    public static func furthestStage(inTimelineOf e: Entry) -> Stage? {
        let events = (e.section(timelineHeading)?.bullets ?? []).map(TimelineEvent.init(parsing:))
        let stages = events.compactMap { event -> Stage? in
            guard let what = event.what else { return nil }
            if what == ApplicationOutcome.accepted.rawValue || what == ApplicationOutcome.declined.rawValue { return .offer }
            return Stage(rawValue: what)
        }
        return stages.max { rank($0) < rank($1) }
    }

    /// Lifts `stage` to the furthest one its timeline shows (a line added by hand counts); never lowers it.
    static func settleStage(_ e: inout Entry) {
        guard e.kind == .application, let furthest = furthestStage(inTimelineOf: e) else { return }
        if rank(furthest) > rank(e.stage ?? .applied) { e.stage = furthest }
    }

    // MARK: Helpers

    /// Puts the event's line on the timeline: after the last line, unless lines at the end are
    /// dated later, in which case it goes before them. Lines written by hand stay where they are.
    static func insertEvent(_ e: inout Entry, _ event: TimelineEvent) {
        let text = "- " + event.line
        guard let day = event.day, let i = e.sections.firstIndex(where: { $0.heading.lowercased() == timelineHeading.lowercased() }),
              !e.sections[i].body.isEmpty else {
            append(&e, heading: timelineHeading, text: text, position: 0)
            return
        }
        var lines = e.sections[i].body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Trailing blank lines stay at the end.
        var end = lines.endIndex
        while end > 0, lines[end - 1].trimmingCharacters(in: .whitespaces).isEmpty { end -= 1 }
        var at = end
        var index = end - 1
        while index >= 0 {
            let line = lines[index]
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if let marker = trimmed.first, "-*+".contains(marker), trimmed.dropFirst().first == " " {
                // A bullet: later-dated ones are stepped over, the first other one stops the walk.
                guard let other = TimelineEvent(parsing: String(trimmed.dropFirst(2))).day, other > day else { break }
                at = index
            } else if trimmed.isEmpty || line.first != " " && line.first != "\t" {
                break  // not a continuation of a bullet: text written by hand, left in its place
            }
            index -= 1
        }
        lines.insert(text, at: at)
        e.sections[i].body = lines.joined(separator: "\n")
    }

    /// Appends `text` at the end of the section `heading`; a missing section is created at its
    /// usual place among the application's sections (timeline, feedback, notes), before the rest.
    static func append(_ e: inout Entry, heading: String, text: String, blankLineBefore: Bool = false, position: Int) {
        let wanted = heading.lowercased()
        if let i = e.sections.firstIndex(where: { $0.heading.lowercased() == wanted }) {
            let body = e.sections[i].body
            e.sections[i].body = body.isEmpty ? text : body + (blankLineBefore ? "\n\n" : "\n") + text
            return
        }
        let order = [timelineHeading, feedbackHeading, notesHeading].map { $0.lowercased() }
        // Before the first known section that comes after this one, else after the known ones.
        let after = e.sections.firstIndex { s in (order.firstIndex(of: s.heading.lowercased()) ?? -1) > position }
        let lastKnown = e.sections.lastIndex { order.contains($0.heading.lowercased()) }
        let at = after ?? lastKnown.map { $0 + 1 } ?? (position == 0 ? 0 : e.sections.endIndex)
        e.sections.insert(Section(heading: heading, body: text), at: at)
    }

    /// Every change ends here: the time it was made, and the stage in step with the timeline.
    static func touch(_ e: inout Entry, _ now: LocalTimestamp) {
        e.updated = max(now, e.created)
        settleStage(&e)
    }

    /// One line of plain text: trimmed, newlines and tabs as spaces.
    static func clean(_ text: String) -> String { TimelineEvent.oneLine(text) }
}
