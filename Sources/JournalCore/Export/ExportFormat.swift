/// The formats `onward export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, html, markdown
    /// The achievements bank alone, as a Markdown brag document.
    case brag

    /// The whole journal in this format; entries oldest first, so the document reads in order.
    public func render(_ snapshot: JournalSnapshot, exportedAt: LocalTimestamp) -> String {
        let entries = snapshot.entries.reversed().map { $0 }
        switch self {
        case .json: return JSONExport.render(entries: entries, problems: snapshot.problems, exportedAt: exportedAt)
        case .html: return HTMLExport.render(entries: entries, exportedAt: exportedAt)
        case .markdown: return MarkdownExport.render(entries: entries, exportedAt: exportedAt)
        case .brag: return BragExport.render(entries: entries, exportedAt: exportedAt)
        }
    }
}
