import JournalCore

/// The trends page as lines: the same `TrendSummary` facts `onward stats` prints, with
/// sparklines and their scales.
public enum TrendsLayout {
    /// The page for `stats` at `width` columns.
    public static func lines(_ stats: Stats, width: Int) -> [StyledLine] {
        let t = TrendSummary(stats)
        var out: [StyledLine] = []
        let label = 22
        func add(_ text: String, _ style: Style = .plain) {
            for line in TextWrapper.lines(SafeText.visible(text), width: max(10, width)) { out.append(StyledLine(line, style)) }
        }
        func row(_ name: String, _ value: String) {
            out.append(StyledLine(TextWrapper.pad(name, toWidth: label) + value))
        }
        add("Check-in streak: " + t.streakText, .bold)
        out.append(StyledLine(""))
        add("Mood and energy", [.bold, .underline])
        if t.mood90.average == nil && t.energy90.average == nil {
            add("No check-ins in the last 90 days. A daily check-in takes about a minute; the lines fill in as you go.")
        } else {
            row("Mood, last 30 days", TrendSummary.line(t.mood30))
            row("Mood, last 90 days", TrendSummary.line(t.mood90))
            row("Energy, last 30 days", TrendSummary.line(t.energy30))
            row("Energy, last 90 days", TrendSummary.line(t.energy90))
            add("Scale " + TrendSummary.checkinLegend + ". Oldest on the left.", .dim)
        }
        out.append(StyledLine(""))
        add("Feelings in reflections", [.bold, .underline])
        if t.intensity.isEmpty {
            add("No reflection has rated its feelings yet.")
        } else {
            // Many reflections do not fit on a line: show the most recent ones.
            let room = max(1, width - label)
            row("At the start", String(t.intensityBefore.suffix(room)))
            row("At the end", String(t.intensityAfter.suffix(room)))
            let shown = t.intensity.count > room ? "; the last \(room) of \(t.intensity.count)" : ""
            add("Scale " + Sparkline.legend(scale: TrendSummary.intensityScale) + ", one mark per reflection, oldest first\(shown).", .dim)
            for point in t.intensity.suffix(5) {
                let values = (point.before.map(String.init) ?? "?") + " → " + (point.after.map(String.init) ?? "?")
                add("  " + TextWrapper.pad(DayFormat.short(point.day) + " \(point.day.year)", toWidth: 16) + TextWrapper.pad(values, toWidth: 9) + point.title)
            }
        }
        out.append(StyledLine(""))
        add("Rejections by stage", [.bold, .underline])
        if t.stagesText.isEmpty {
            add("None recorded.")
        } else {
            let widest = t.stages.map(\.count).max() ?? 1
            for stage in t.stages {
                // Two blocks a rejection while that fits, else scaled to 20 blocks.
                let blocks = widest <= 10 ? stage.count * 2 : max(1, stage.count * 20 / widest)
                let bar = String(repeating: "█", count: blocks)
                row("  " + stage.stage.label, bar + " \(stage.count)")
            }
            if t.withoutStage > 0 { row("  not given", "\(t.withoutStage)") }
        }
        out.append(StyledLine(""))
        add("Self-care most often", [.bold, .underline])
        if t.selfCare.isEmpty {
            add("Nothing noted yet; the check-in asks which small things happened.")
        } else {
            add(t.selfCare.map { "\($0.activity) \($0.count)" }.joined(separator: ", "))
        }
        return out
    }
}
