extension Entry {
    /// The part of an entry the index keeps: all front matter and the title, plus only the first
    /// `## Achievements` and `## Lessons` sections (what list, stats and insights read), an
    /// application's `## Timeline` (its events date it) and a reflection's `## A kind word` (its
    /// small win, for the wins); no preamble.
    public var indexProjection: Entry {
        var e = self
        e.preamble = ""
        var kept: [Section] = []
        var seenAchievements = false, seenLessons = false, seenKindWord = false
        for section in sections {
            switch section.heading.lowercased() {
            case "a kind word" where kind == .reflection && !seenKindWord:
                seenKindWord = true
                kept.append(section)
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
