/// The timeline of an imported row: onward's own exported timeline taken back as written, and
/// the row's status and outcome put on it only where the timeline does not already show them.
enum ApplicationCSVTimeline {
    /// A timeline cell as the body of `## Timeline`: each line a bullet (a line written without
    /// one gets it), lines continuing a bullet kept as they are, blank lines dropped.
    static func body(_ cell: String) -> String {
        cell.split(whereSeparator: \.isNewline).compactMap { raw -> String? in
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return nil }
            if line.first == " " || line.first == "\t" { return line }
            if let marker = trimmed.first, "-*+".contains(marker), trimmed.dropFirst().first == " " { return trimmed }
            return "- " + trimmed
        }.joined(separator: "\n")
    }

    /// Brings the entry to `stage` and `outcome`: an event on `day` for a stage past the furthest
    /// the timeline shows, and for an outcome it does not show; one it shows is taken as it is.
    static func bring(_ e: inout Entry, to stage: Stage, outcome: ApplicationOutcome, on day: LocalDay, at now: LocalTimestamp) {
        let events = (e.section(ApplicationChange.timelineHeading)?.bullets ?? []).map(TimelineEvent.init(parsing:))
        let shown = ApplicationChange.furthestStage(inTimelineOf: e) ?? .applied
        if ApplicationChange.rank(stage) > ApplicationChange.rank(shown) {
            ApplicationChange.move(&e, to: stage, on: day, note: "from the import", at: now)
        } else if ApplicationChange.rank(stage) > ApplicationChange.rank(e.stage ?? .applied) {
            e.stage = stage
        }
        guard outcome != .open else { return }
        if events.contains(where: { $0.what == outcome.rawValue }) {
            e.outcome = outcome
            if outcome == .accepted || outcome == .declined { e.stage = .offer }
        } else {
            ApplicationChange.close(&e, as: outcome, on: day, note: "from the import", at: now)
        }
    }
}
