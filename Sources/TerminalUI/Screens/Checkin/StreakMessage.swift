import JournalCore

/// The streak in a kind sentence: a run is noticed, a gap is simply welcomed back.
public enum StreakMessage {
    /// The sentence for a check-in on `day`, given the days of the other check-ins; `dayIsSaved`
    /// when the day's check-in exists already (opened again, or just saved), so "first" is said
    /// only when the very first one is being written.
    public static func text(otherDays: Set<LocalDay>, day: LocalDay, dayIsSaved: Bool = false) -> String {
        let before = otherDays.filter { $0 < day }
        guard let last = before.max() else {
            return dayIsSaved ? "Today's check-in, yours to change." : "Your first check-in. Welcome."
        }
        if last == day.adding(days: -1) {
            let run = Streak(days: before, today: day).current + 1
            return "\(run) days in a row, counting today."
        }
        return "Welcome back. Good to see you."
    }
}
