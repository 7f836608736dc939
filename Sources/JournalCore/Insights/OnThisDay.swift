import Foundation

/// One line from an earlier year or month on the same day, for the home screen.
public enum OnThisDay {
    /// What the line shows and where it came from.
    public struct Memory: Equatable, Sendable {
        public enum Source: Int, Sendable { case achievement, win, entry }
        public var text: String
        public var day: LocalDay
        public var entryID: EntryID
        public var source: Source

        /// "On this day in 2025: ..." or "On 1 November: ...", a plain fact.
        public func line(today: LocalDay) -> String {
            let when = day.month == today.month && day.day == today.day
                ? "On this day in \(day.year)"
                : "On \(day.day) " + DayWords.months[day.month - 1] + (day.year == today.year ? "" : " \(day.year)")
            return when + ": " + text
        }
    }

    /// True when `day` is the same day of an earlier month (or year) than `today`.
    public static func matches(_ day: LocalDay, today: LocalDay) -> Bool {
        day < today && day.day == today.day && (day.year != today.year || day.month != today.month)
    }

    /// The memory to show: achievements first, then wins, then the title of a reflection or note;
    /// among equals the same date in an earlier year, then the newest.
    public static func pick(from entries: some Sequence<Entry>, today: LocalDay) -> Memory? {
        var best: (Memory, Bool)?
        for e in entries where !e.isDraft && matches(e.day, today: today) {
            var found: [Memory] = e.achievements.prefix(1).map { Memory(text: $0, day: e.day, entryID: e.id, source: .achievement) }
            found += e.wins.prefix(1).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                .map { Memory(text: $0, day: e.day, entryID: e.id, source: .win) }
            if e.kind == .reflection || e.kind == .note {
                found.append(Memory(text: e.displayTitle, day: e.day, entryID: e.id, source: .entry))
            }
            for memory in found {
                let sameDate = memory.day.month == today.month
                if let (current, currentSameDate) = best {
                    let better = memory.source.rawValue != current.source.rawValue ? memory.source.rawValue < current.source.rawValue
                        : sameDate != currentSameDate ? sameDate
                        : memory.day != current.day ? memory.day > current.day : memory.entryID > current.entryID
                    if !better { continue }
                }
                best = (memory, sameDate)
            }
        }
        return best?.0
    }
}

extension JournalIndex {
    /// Today's memory, decoding only the index records whose file name carries a matching day
    /// (the file name starts with the day it was written). Nil when the index is not current
    /// or nothing matches: the line is a nicety and never worth a slow start.
    public func onThisDay(_ today: LocalDay) -> OnThisDay.Memory? {
        guard let (stored, found) = try? walkAndReadHeads(withStatus: true),
              case .success(let heads) = stored, Self.isCurrent(heads, found) else { return nil }
        var entries: [Entry] = []
        for i in heads.heads.indices {
            guard let day = Self.fileDay(heads.heads[i].path), OnThisDay.matches(day, today: today),
                  let record = heads.record(i) else { continue }
            entries.append(record.entry)
        }
        return OnThisDay.pick(from: entries, today: today)
    }
}
