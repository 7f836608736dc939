/// The run of consecutive days with a check-in, counted in the days as written in the entries.
public struct Streak: Equatable, Sendable {
    /// Days in the run that is still alive: it ends today, or yesterday when today's check-in
    /// is not done yet (that is not a break). 0 when the last check-in is older.
    public var current: Int
    /// The longest run ever.
    public var longest: Int
    /// The most recent day with a check-in.
    public var lastCheckin: LocalDay?
    /// Whether today already has a check-in.
    public var checkedInToday: Bool

    public init(current: Int, longest: Int, lastCheckin: LocalDay?, checkedInToday: Bool) {
        self.current = current
        self.longest = longest
        self.lastCheckin = lastCheckin
        self.checkedInToday = checkedInToday
    }

    /// The streak for a set of check-in days (several check-ins on a day are one day).
    public init(days: Set<LocalDay>, today: LocalDay) {
        let ordinals = Set(days.map(\.ordinal))
        let sorted = ordinals.sorted()
        var longest = 0
        var run = 0
        var previous: Int?
        for day in sorted {
            run = (previous.map { day == $0 + 1 } ?? false) ? run + 1 : 1
            longest = max(longest, run)
            previous = day
        }
        var current = 0
        // A check-in dated after today (written further east) still belongs to the live run.
        if let last = sorted.last, last >= today.ordinal - 1 {
            var day = last
            while ordinals.contains(day) { current += 1; day -= 1 }
        }
        self.init(current: current, longest: longest, lastCheckin: sorted.last.map { LocalDay(ordinal: $0) },
                  checkedInToday: ordinals.contains(today.ordinal))
    }
}
