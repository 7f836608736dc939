extension JournalIndex {
    /// What the home screen reads from the journal: today's check-in, the count, the unreadable
    /// files, the entries today's invitation is worked out from, and the on-this-day memory.
    public struct HomeView: Sendable {
        public var todaysCheckin: Entry?
        public var total: Int
        public var problems: [FileProblem]
        public var invitation: Invitation?
        public var onThisDay: OnThisDay.Memory?
    }

    /// The home screen's view in one walk and one index read.
    ///
    /// The file name starts with the day it was written, so most records are skipped without
    /// decoding: check-ins away from today, notes older than the writing series and anything not
    /// on this day of an earlier month. Reflections and applications are decoded whatever their
    /// age (one may name tomorrow's follow-up), and only when `invitations` are wanted.
    public func home(today: LocalDay, invitations: Bool) throws(StoreError) -> HomeView {
        let (stored, found) = try walkAndReadHeads(withStatus: true)
        if case .success(let heads) = stored, Self.isCurrent(heads, found),
           let view = Self.home(heads, today: today, invitations: invitations) {
            return HomeView(todaysCheckin: view.todaysCheckin, total: heads.heads.count,
                            problems: found.problems.sorted { $0.relativePath < $1.relativePath },
                            invitation: view.invitation, onThisDay: view.onThisDay)
        }
        // Stale or a record that does not decode: one refresh, then the same questions of its entries.
        let snapshot = refresh(stored.flatMap { decodeRecords($0.bytes) }, found).0
        let entries = snapshot.entries.map(\.entry)
        let checkin = entries.first { $0.kind == .checkin && $0.day == today }
        let memories = snapshot.entries.filter { Self.fileDay($0.relativePath).map { OnThisDay.matches($0, today: today) } ?? false }
        return HomeView(todaysCheckin: checkin, total: entries.count, problems: snapshot.problems,
                        invitation: invitations ? Invitations.today(today, entries: entries.filter { Self.invitationKinds.contains($0.kind) }) : nil,
                        onThisDay: OnThisDay.pick(from: memories.map(\.entry), today: today))
    }

    private static let invitationKinds: Set<EntryKind> = [.reflection, .note, .application]

    /// The home view from current heads; nil when a record needed does not decode.
    private static func home(_ heads: IndexHeads, today: LocalDay, invitations: Bool)
        -> (todaysCheckin: Entry?, invitation: Invitation?, onThisDay: OnThisDay.Memory?)? {
        // A day as written is within a day or so of the file's day (UTC offsets), so a margin of 2.
        let nearToday = today.adding(days: -2)...today.adding(days: 2)
        let seriesStart = today.adding(days: -(Invitations.lookBackDays + 2))
        // Reflections and applications of any age may matter, but only a few of them: read the
        // fields that decide it from their bytes, and decode just those.
        var steps: InvitationSteps?
        if invitations {
            guard let found = InvitationSteps(heads, today: today) else { return nil }
            steps = found
        }
        var checkin: Entry?
        var forInvitation: [Entry] = []
        var memories: [Entry] = []
        for i in heads.heads.indices {
            let day = fileDay(heads.heads[i].path)
            let kind = heads.kind(i)
            let memory = day.map { OnThisDay.matches($0, today: today) } ?? false
            let wanted: Bool
            switch kind {
            case .checkin: wanted = checkin == nil && day.map(nearToday.contains) ?? true
            case .reflection, .application: wanted = steps?.wanted.contains(i) ?? false
            case .note: wanted = invitations && day.map { $0 >= seriesStart } ?? true
            case .some: wanted = false
            case nil: wanted = true  // unsure of the kind: decode rather than miss it
            }
            guard wanted || memory else { continue }
            guard let entry = heads.record(i)?.entry else { return nil }
            if checkin == nil, entry.kind == .checkin, entry.day == today { checkin = entry }
            if invitations, invitationKinds.contains(entry.kind) { forInvitation.append(entry) }
            if memory { memories.append(entry) }
        }
        return (checkin, invitations ? Invitations.today(today, entries: forInvitation) : nil,
                OnThisDay.pick(from: memories, today: today))
    }

    /// The day a file name starts with (`2026-03-04-...md`), or nil.
    static func fileDay(_ path: String) -> LocalDay? {
        // Read from the bytes: home asks this of every record, and walking 12,000 paths by
        // Character cost a tenth of its time. A non-ASCII byte right after the day could join
        // the day's last digit in one Character: that rare name goes the long way.
        var bytes = path
        let fast = bytes.withUTF8 { b -> LocalDay?? in
            var start = b.count
            while start > 0 && b[start - 1] != 0x2F { start -= 1 }
            guard b.count - start >= 10 else { return .some(nil) }
            if b.count - start > 10 && b[start + 10] >= 0x80 { return nil }
            func digits(_ range: Range<Int>) -> Int? {
                var v = 0
                for k in range {
                    guard b[start + k] >= 0x30 && b[start + k] <= 0x39 else { return nil }
                    v = v * 10 + Int(b[start + k] - 0x30)
                }
                return v
            }
            guard b[start + 4] == 0x2D, b[start + 7] == 0x2D, let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10),
                  CivilCalendar.isValid(year: y, month: m, day: d) else { return .some(nil) }
            return LocalDay(year: y, month: m, day: d)
        }
        return fast ?? fileDayByCharacters(path)
    }

    /// `fileDay` as its meaning is written: the first ten Characters of the name, as a day.
    static func fileDayByCharacters(_ path: String) -> LocalDay? {
        let name = path[(path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex)...]
        guard let day = LocalDay(parsing: name.prefix(10)), day.isValid else { return nil }
        return day
    }
}
