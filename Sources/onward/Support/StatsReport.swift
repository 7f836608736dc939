import Foundation
import JournalCore

/// `Stats` in words for a terminal: short lines, no judgement about missed days. The trend
/// lines come from `TrendSummary`, the same facts the insights screen shows.
enum StatsReport {
    static func text(_ s: Stats, console: Console) -> String {
        let t = TrendSummary(s)
        var lines: [String] = []
        let kinds = [(EntryKind.reflection, "reflection"), (.checkin, "check-in"), (.note, "note")]
            .compactMap { kind, word -> String? in
                let n = s.count(of: kind)
                return n == 0 ? nil : "\(n) \(word)\(n == 1 ? "" : "s")"
            }
        lines.append(console.bold("Entries:") + " \(s.totalEntries)" + (kinds.isEmpty ? "" : " (" + kinds.joined(separator: ", ") + ")"))
        lines.append(console.bold("Check-in streak:") + " " + t.streakText)

        if t.mood90.average != nil || t.energy90.average != nil {
            lines.append(console.bold("Mood, last 30 days:") + "   " + TrendSummary.line(t.mood30))
            lines.append(console.bold("Mood, last 90 days:") + "   " + TrendSummary.line(t.mood90))
            lines.append(console.bold("Energy, last 30 days:") + " " + TrendSummary.line(t.energy30))
            lines.append(console.bold("Energy, last 90 days:") + " " + TrendSummary.line(t.energy90))
            lines.append(console.dim("  scale " + TrendSummary.checkinLegend))
            let sleep = s.trend(\.sleepHours, days: 30)
            if let average = sleep.average {
                lines.append(console.bold("Sleep, last 30 days:") + " average " + TrendSummary.one(average) + " h")
            }
        } else if s.count(of: .checkin) > 0 {
            lines.append(console.bold("Mood and energy:") + " no check-ins in the last 90 days")
        }

        if !t.intensity.isEmpty {
            lines.append(console.bold("Feelings in reflections (strength at start → end, oldest first):"))
            lines.append("  before " + t.intensityBefore + "   after " + t.intensityAfter
                + console.dim("   scale " + Sparkline.legend(scale: TrendSummary.intensityScale)))
            for point in t.intensity.suffix(10) {
                let values = (point.before.map(String.init) ?? "?") + " → " + (point.after.map(String.init) ?? "?")
                lines.append("  \(point.day)  " + TextFit.padded(TextFit.truncate(VisibleText.line(point.title), toWidth: 40), toWidth: 40) + "  " + values)
            }
        }

        if !t.stagesText.isEmpty {
            lines.append(console.bold("Rejections by stage:") + " " + t.stagesText)
        }
        if !t.selfCare.isEmpty {
            let top = t.selfCare.map { VisibleText.line($0.activity) + " \($0.count)" }
            lines.append(console.bold("Self-care most often:") + " " + top.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
