import Foundation
import JournalCore

/// `Stats` in words for a terminal: short lines, no judgement about missed days.
enum StatsReport {
    static let trendDays = 14

    static func text(_ s: Stats) -> String {
        var lines: [String] = []
        let kinds = [(EntryKind.reflection, "reflection"), (.checkin, "check-in"), (.note, "note")]
            .compactMap { kind, word -> String? in
                let n = s.count(of: kind)
                return n == 0 ? nil : "\(n) \(word)\(n == 1 ? "" : "s")"
            }
        lines.append(Console.bold("Entries:") + " \(s.totalEntries)" + (kinds.isEmpty ? "" : " (" + kinds.joined(separator: ", ") + ")"))

        let streak = s.streak
        var streakLine = Console.bold("Check-in streak:") + " "
        if streak.current > 0 {
            streakLine += "\(streak.current) day\(streak.current == 1 ? "" : "s")"
            if !streak.checkedInToday { streakLine += "; today's check-in is still open" }
        } else {
            streakLine += "none running; any check-in starts one"
        }
        if streak.longest > 0 { streakLine += " (longest \(streak.longest))" }
        lines.append(streakLine)

        let recent = s.recentCheckins(days: trendDays)
        if !recent.isEmpty {
            lines.append(trend("Mood", recent, \.mood, scaleMax: 10))
            lines.append(trend("Energy", recent, \.energy, scaleMax: 10))
            let sleep = recent.compactMap(\.sleepHours)
            if !sleep.isEmpty {
                lines.append(Console.bold("Sleep, last \(trendDays) days:") + " average " + one(sleep.reduce(0, +) / Double(sleep.count)) + " h")
            }
        }

        if !s.intensity.isEmpty {
            lines.append(Console.bold("Feelings in reflections (strength at start → end):"))
            for point in s.intensity.suffix(10) {
                let values = (point.before.map(String.init) ?? "?") + " → " + (point.after.map(String.init) ?? "?")
                lines.append("  \(point.day)  " + TextLayout.pad(TextLayout.truncate(VisibleText.line(point.title), to: 40), to: 40) + "  " + values)
            }
        }

        let stages = s.rejectionsByStage.filter { $0.count > 0 }.map { "\($0.stage.label) \($0.count)" }
        if !stages.isEmpty || s.rejectionsWithoutStage > 0 {
            var parts = stages
            if s.rejectionsWithoutStage > 0 { parts.append("not given \(s.rejectionsWithoutStage)") }
            lines.append(Console.bold("Rejections by stage:") + " " + parts.joined(separator: ", "))
        }
        if !s.selfCare.isEmpty {
            let top = s.selfCare.prefix(5).map { VisibleText.line($0.activity) + " \($0.count)" }
            lines.append(Console.bold("Self-care most often:") + " " + top.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    /// "Mood, last 14 days: ▃▄·▅▆ (average 5.8)", one mark a day, `·` for a day without a value.
    private static func trend(_ name: String, _ points: [CheckinPoint], _ value: KeyPath<CheckinPoint, Double?>, scaleMax: Double) -> String {
        guard let first = points.first?.day, let last = points.last?.day else { return "" }
        let byDay = Dictionary(points.map { ($0.day, $0) }, uniquingKeysWith: { a, _ in a })
        let bars = Array("▁▂▃▄▅▆▇█")
        var marks = ""
        var values: [Double] = []
        var day = first
        while day <= last {
            if let v = byDay[day]?[keyPath: value] {
                values.append(v)
                let level = Int(((v - 1) / (scaleMax - 1) * Double(bars.count - 1)).rounded())
                marks.append(bars[min(max(level, 0), bars.count - 1)])
            } else {
                marks.append("·")
            }
            day = day.adding(days: 1)
        }
        guard !values.isEmpty else { return Console.bold("\(name), last \(trendDays) days:") + " not recorded" }
        return Console.bold("\(name), last \(trendDays) days:") + " \(marks) (average \(one(values.reduce(0, +) / Double(values.count))))"
    }

    private static func one(_ v: Double) -> String { String(format: "%.1f", v) }
}
