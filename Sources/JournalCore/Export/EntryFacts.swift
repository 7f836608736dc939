/// The front-matter facts of an entry worth showing to a reader, as label and text pairs,
/// with the labels and words the screens use ("Reached: final interview", "Fri 27 Nov 2026").
enum EntryFacts {
    static func of(_ e: Entry) -> [(label: String, text: String)] {
        var facts: [(String, String)] = [("Kind", kindLabel(e.kind)), ("Written", when(e.created))]
        if let company = e.company { facts.append(("Company", company)) }
        if let role = e.role { facts.append(("Role", role)) }
        if let stage = e.stage { facts.append(("Reached", stage.label)) }
        if let day = e.rejectedOn { facts.append(("Heard on", DayWords.long(day))) }
        if let delivery = e.delivery { facts.append(("How it came", delivery)) }
        if !e.emotions.isEmpty { facts.append(("Feelings", e.emotions.joined(separator: ", "))) }
        switch (e.intensityBefore, e.intensityAfter) {
        case let (b?, a?): facts.append(("Strength of feelings", "\(b) → \(a) (out of 10)"))
        case let (b?, nil): facts.append(("Strength of feelings", "\(b) (out of 10)"))
        case let (nil, a?): facts.append(("Strength of feelings", "\(a) at the end (out of 10)"))
        default: break
        }
        var goals: [String] = []
        if let n = e.goalApplications { goals.append("\(n) applications") }
        if let n = e.goalContacts { goals.append("\(n) people to contact") }
        if !goals.isEmpty { facts.append(("This week", goals.joined(separator: ", "))) }
        if e.followUpNote != nil || e.followUp != nil {
            var text = e.followUpNote ?? "follow up"
            if let day = e.followUp { text += " by " + DayWords.long(day) }
            if e.followUpDone == true { text += " (done)" }
            facts.append(("Follow up", text))
        }
        if let mood = e.mood { facts.append(("Mood", "\(mood)/10")) }
        if let energy = e.energy { facts.append(("Energy", "\(energy)/10")) }
        if let sleep = e.sleepHours { facts.append(("Hours of sleep", sleep == sleep.rounded() ? "\(Int(sleep))" : "\(sleep)")) }
        if !e.selfCare.isEmpty { facts.append(("Looked after yourself", e.selfCare.joined(separator: ", "))) }
        if let n = e.applications { facts.append(("Applications sent", "\(n)")) }
        if let n = e.contacts { facts.append(("People contacted", "\(n)")) }
        if let n = e.learning { facts.append(("Learning (sessions)", "\(n)")) }
        if !e.wins.isEmpty { facts.append(("One small win", e.wins.joined(separator: "; "))) }
        if !e.tags.isEmpty { facts.append(("Tags", e.tags.joined(separator: ", "))) }
        // Keys onward does not know were still written by someone: they are shown as written.
        for field in e.extraFields where field.key != ReflectionMapper.draftStepKey {
            let value = field.text.dropFirst(field.key.count).drop { $0 == ":" || $0 == " " }
            facts.append((field.key, String(value)))
        }
        return facts
    }

    static func kindLabel(_ kind: EntryKind) -> String {
        switch kind {
        case .reflection: return "reflection"
        case .checkin: return "check-in"
        case .note: return "note"
        case .application: return "application"
        }
    }

    /// "Friday 27 November 2026, 14:05".
    static func when(_ t: LocalTimestamp) -> String {
        DayWords.long(t.day) + ", " + (t.hour < 10 ? "0" : "") + "\(t.hour):" + (t.minute < 10 ? "0" : "") + "\(t.minute)"
    }
}

/// Days in words as the screens write them, for exports (JournalCore cannot use the screens' own).
enum DayWords {
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// "Friday 27 November 2026".
    static func long(_ day: LocalDay) -> String {
        "\(weekdays[day.isoWeekday - 1]) \(day.day) \(months[day.month - 1]) \(day.year)"
    }
}
