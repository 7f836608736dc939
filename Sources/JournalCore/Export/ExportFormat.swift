/// The formats `onward export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, html, markdown
    /// The applications only, one row each (see `ApplicationCSVExport`).
    case csv
    /// The achievements bank alone, as a Markdown brag document.
    case brag

    /// The whole journal in this format; entries oldest first, so the document reads in order.
    public func render(_ snapshot: JournalSnapshot, exportedAt: LocalTimestamp) -> String {
        let entries = snapshot.entries.reversed().map { $0 }
        switch self {
        case .json: return JSONExport.render(entries: entries, problems: snapshot.problems, exportedAt: exportedAt)
        case .html: return HTMLExport.render(entries: entries, exportedAt: exportedAt)
        case .markdown: return MarkdownExport.render(entries: entries, exportedAt: exportedAt)
        case .csv:
            let records = ApplicationQuery.sorted(ApplicationQuery.all(in: entries))
            func bodies(_ heading: String) -> [EntryID: String] {
                Dictionary(entries.compactMap { s in s.entry.section(heading).map { (s.entry.id, $0.body) } }, uniquingKeysWith: { a, _ in a })
            }
            return ApplicationCSVExport.text(records, notes: bodies(ApplicationChange.notesHeading), feedback: bodies(ApplicationChange.feedbackHeading))
        case .brag: return BragExport.render(entries: entries, exportedAt: exportedAt)
        }
    }
}
