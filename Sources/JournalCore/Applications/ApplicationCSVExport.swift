/// `onward export --format csv`: the applications as one CSV table, a row each, that
/// spreadsheets and trackers read (fields with commas, quotes or line breaks are quoted, and
/// none is left for a spreadsheet to run as a formula).
public enum ApplicationCSVExport {
    /// The header row, whose names `onward import csv` reads back. The timeline (one event a line)
    /// and the feedback make the file a whole copy: imported into another journal, each event
    /// keeps its day and the feedback is not lost.
    public static let header = ["company", "role", "status", "outcome", "date applied", "source", "url", "next action",
                                "next action date", "contacts", "last event", "id", "notes", "timeline", "feedback"]

    /// The CSV text, with CRLF line ends as RFC 4180 has it; `notes` and `feedback` are the
    /// sections of each application, by id.
    public static func text(_ records: [ApplicationRecord], notes: [EntryID: String] = [:], feedback: [EntryID: String] = [:]) -> String {
        var lines = [header.map(field).joined(separator: ",")]
        for r in records {
            let row = [r.company, r.role, r.stage.rawValue, r.outcome.rawValue, r.appliedOn?.description ?? "", r.source ?? "",
                       r.link ?? "", r.nextAction ?? "", r.nextActionOn?.description ?? "", r.contacts.joined(separator: "; "),
                       r.lastEventDay.description, r.id.rawValue, notes[r.id] ?? "", r.timelineText, feedback[r.id] ?? ""]
            lines.append(row.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One field, made safe from formulas, then quoted when it holds a comma, a quote, a line
    /// break, or space at either end.
    static func field(_ cell: String) -> String {
        let text = ApplicationCSVFormula.neutralised(cell)
        let needs = text.contains { $0 == "," || $0 == "\"" || $0.isNewline } || text.first == " " || text.last == " "
        return needs ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
