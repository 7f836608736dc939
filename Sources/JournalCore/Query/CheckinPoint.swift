/// One day of the mood, energy and sleep series: the mean when a day has several check-ins.
public struct CheckinPoint: Equatable, Sendable {
    public var day: LocalDay
    public var mood: Double?
    public var energy: Double?
    public var sleepHours: Double?
    /// How many check-ins the day had.
    public var checkins: Int

    public init(day: LocalDay, mood: Double?, energy: Double?, sleepHours: Double?, checkins: Int) {
        self.day = day
        self.mood = mood
        self.energy = energy
        self.sleepHours = sleepHours
        self.checkins = checkins
    }
}
