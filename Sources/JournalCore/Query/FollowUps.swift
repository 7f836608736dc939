import Foundation

/// Picks the follow-ups to show and marks them done. Pure: the caller reads and writes the store.
public enum FollowUps {
    /// Open follow-ups of finished reflections that are due on or before `today`, oldest first.
    public static func due(in entries: [StoredEntry], today: LocalDay) -> [FollowUp] {
        entries.compactMap { stored -> FollowUp? in
            let e = stored.entry
            guard e.kind == .reflection, !e.isDraft, e.followUpDone != true,
                  let due = e.followUp, due <= today else { return nil }
            let note = (e.followUpNote ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return FollowUp(entryID: e.id, relativePath: stored.relativePath,
                            note: note.isEmpty ? "Follow up on " + e.displayTitle : note, due: due, isDone: false)
        }
        .sorted { $0.due != $1.due ? $0.due < $1.due : $0.entryID < $1.entryID }
    }

    /// The reflection with its follow-up marked done (or open again), touched at `now`.
    public static func marking(_ entry: Entry, done: Bool, at now: LocalTimestamp) -> Entry {
        var copy = entry
        copy.followUpDone = done
        copy.updated = max(now, entry.created)
        return copy
    }
}
