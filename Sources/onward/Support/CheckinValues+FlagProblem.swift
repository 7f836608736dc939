import JournalCore

/// The `checkin` flags' wording for values out of range: the command line's words, kept beside it.
extension CheckinValues {
    /// The first value out of range, as a sentence naming the flag, or nil when all are fine.
    var problem: String? {
        if let mood, !Self.scale.contains(mood) { return "--mood must be a whole number from 1 to 10." }
        if let energy, !Self.scale.contains(energy) { return "--energy must be a whole number from 1 to 10." }
        if let sleepHours, !Self.sleepRange.contains(sleepHours) { return "--sleep must be a number of hours from 0 to 24." }
        for (flag, count) in [("--applications", applications), ("--contacts", contacts), ("--learning", learning)] {
            if let count, !Self.countRange.contains(count) { return "\(flag) must be a whole number from 0 to 1000." }
        }
        return nil
    }
}
