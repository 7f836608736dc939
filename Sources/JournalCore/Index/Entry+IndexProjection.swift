extension Entry {
    /// The part of an entry the index keeps: all front matter and the title, plus only the first
    /// `## Achievements` and `## Lessons` sections (what list, stats and insights read), and an
    /// application's `## Timeline` (its events date it); no preamble.
    public var indexProjection: Entry {
        var e = self
        e.preamble = ""
        var kept: [Section] = []
        var seenAchievements = false, seenLessons = false
        for section in sections {
            switch section.heading.lowercased() {
            case "achievements" where !seenAchievements:
                seenAchievements = true
                kept.append(section)
            case "lessons" where !seenLessons:
                seenLessons = true
                kept.append(section)
            case "timeline" where kind == .application && !kept.contains(where: { $0.heading.lowercased() == "timeline" }):
                kept.append(section)
            default: continue
            }
        }
        e.sections = kept
        return e
    }
}

extension StoredEntry {
    /// The same file with its entry cut down to `Entry.indexProjection`.
    public var indexProjection: StoredEntry {
        var projected = self
        projected.entry = entry.indexProjection
        projected.declaredID = nil  // the index keeps no id: the file name is the id
        return projected
    }
}
