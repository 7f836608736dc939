/// The front-matter facts of an entry worth showing to a reader, as label and text pairs.
enum EntryFacts {
    static func of(_ e: Entry) -> [(label: String, text: String)] {
        var facts: [(String, String)] = [("Kind", e.kind.rawValue), ("Written", e.created.description)]
        if let company = e.company { facts.append(("Company", company)) }
        if let role = e.role { facts.append(("Role", role)) }
        if let stage = e.stage { facts.append(("Stage", stage.rawValue)) }
        if !e.emotions.isEmpty { facts.append(("Feelings", e.emotions.joined(separator: ", "))) }
        if e.intensityBefore != nil || e.intensityAfter != nil {
            let show: (Int?) -> String = { $0.map { "\($0)/10" } ?? "-" }
            facts.append(("Intensity", show(e.intensityBefore) + " before, " + show(e.intensityAfter) + " after"))
        }
        if let mood = e.mood { facts.append(("Mood", "\(mood)/10")) }
        if let energy = e.energy { facts.append(("Energy", "\(energy)/10")) }
        if let sleep = e.sleepHours { facts.append(("Sleep", "\(sleep) hours")) }
        if !e.selfCare.isEmpty { facts.append(("Self-care", e.selfCare.joined(separator: ", "))) }
        if !e.wins.isEmpty { facts.append(("Wins", e.wins.joined(separator: "; "))) }
        if !e.tags.isEmpty { facts.append(("Tags", e.tags.joined(separator: ", "))) }
        return facts
    }
}
