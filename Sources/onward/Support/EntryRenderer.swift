import JournalCore
import Foundation

/// An entry as `onward show` prints it: a short header of its facts, then the body.
/// Every piece of text from the file goes through `VisibleText`.
enum EntryRenderer {
    static func render(_ stored: StoredEntry, console: Console) -> String {
        let e = stored.entry
        var lines: [String] = [console.bold(VisibleText.line(e.displayTitle))]
        lines.append(console.dim(VisibleText.line("\(e.kind.rawValue) · \(e.created.description) · \(e.id)")))
        lines += facts(e).map { VisibleText.line($0) }
        var body: [String] = []
        if let title = e.title, !title.isEmpty, title != e.displayTitle {
            body.append(console.bold("# " + VisibleText.line(title)))
        }
        if !e.preamble.isEmpty { body.append(VisibleText.block(e.preamble)) }
        for section in e.sections {
            let heading = console.bold("## " + VisibleText.line(section.heading))
            body.append(section.body.isEmpty ? heading : heading + "\n" + VisibleText.block(section.body))
        }
        var out = lines.joined(separator: "\n")
        if !body.isEmpty { out += "\n\n" + body.joined(separator: "\n\n") }
        return out
    }

    /// One line per fact the front matter holds, in words.
    static func facts(_ e: Entry) -> [String] {
        var out: [String] = []
        if let stage = e.stage {
            var line = "Stage reached: \(stage.label)"
            if let day = e.rejectedOn { line += ", turned down on \(day)" }
            if let how = e.delivery, !how.isEmpty { line += " (\(how))" }
            out.append(line)
        } else if let day = e.rejectedOn {
            out.append("Turned down on \(day)")
        }
        if !e.emotions.isEmpty || e.intensityBefore != nil || e.intensityAfter != nil {
            var line = "Feelings:"
            if !e.emotions.isEmpty { line += " " + e.emotions.joined(separator: ", ") }
            switch (e.intensityBefore, e.intensityAfter) {
            case let (b?, a?): line += (e.emotions.isEmpty ? " " : "; ") + "strength \(b) → \(a) out of 10"
            case let (b?, nil): line += (e.emotions.isEmpty ? " " : "; ") + "strength \(b) out of 10"
            case let (nil, a?): line += (e.emotions.isEmpty ? " " : "; ") + "strength \(a) out of 10 at the end"
            default: break
            }
            out.append(line)
        }
        var daily: [String] = []
        if let mood = e.mood { daily.append("mood \(mood)/10") }
        if let energy = e.energy { daily.append("energy \(energy)/10") }
        if let sleep = e.sleepHours { daily.append("sleep \(number(sleep)) h") }
        if !daily.isEmpty { out.append(daily.joined(separator: " · ").capitalisingFirst) }
        if !e.selfCare.isEmpty { out.append("Self-care: " + e.selfCare.joined(separator: ", ")) }
        var actions: [String] = []
        if let n = e.applications { actions.append("\(n) application\(n == 1 ? "" : "s")") }
        if let n = e.contacts { actions.append("\(n) contact\(n == 1 ? "" : "s")") }
        if let n = e.learning { actions.append("\(n) learning session\(n == 1 ? "" : "s")") }
        if !actions.isEmpty { out.append("Job search today: " + actions.joined(separator: ", ")) }
        if e.wins.count == 1 { out.append("Win: " + e.wins[0]) }
        if e.wins.count > 1 { out.append("Wins: " + e.wins.joined(separator: "; ")) }
        var goals: [String] = []
        if let n = e.goalApplications { goals.append("\(n) application\(n == 1 ? "" : "s")") }
        if let n = e.goalContacts { goals.append("\(n) contact\(n == 1 ? "" : "s")") }
        if !goals.isEmpty { out.append("Goals for the week: " + goals.joined(separator: ", ")) }
        if let day = e.followUp {
            var line = "Follow up on \(day)"
            if let note = e.followUpNote, !note.isEmpty { line += ": \(note)" }
            if e.followUpDone == true { line += " (done)" }
            out.append(line)
        }
        if !e.tags.isEmpty { out.append("Tags: " + e.tags.joined(separator: ", ")) }
        return out
    }

    /// 7 -> "7", 7.5 -> "7.5".
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

extension String {
    var capitalisingFirst: String { prefix(1).uppercased() + dropFirst() }
}
