import JournalCore

/// The lines of the applications list: open ones grouped by the stage reached (furthest first),
/// each group sorted by next action, then the closed ones.
public enum ApplicationLine: Equatable, Sendable {
    case heading(String, count: Int)
    case application(ApplicationRecord)

    /// Builds the lines for `records`.
    public static func lines(_ records: [ApplicationRecord]) -> [ApplicationLine] {
        // One sort of all, then one pass into the groups by place: the order within a group is the
        // same as sorting the group alone, and each record (large) is copied once, into its line.
        var open = [[Int]](repeating: [], count: Stage.allCases.count)
        var closed: [Int] = []
        for i in ApplicationQuery.order(records) {
            if records[i].isOpen { open[Stage.allCases.firstIndex(of: records[i].stage)!].append(i) } else { closed.append(i) }
        }
        var out: [ApplicationLine] = []
        out.reserveCapacity(records.count + open.count + 1)
        for (place, group) in zip(open.indices, open).reversed() where !group.isEmpty {
            out.append(.heading(Stage.allCases[place].label, count: group.count))
            for i in group { out.append(.application(records[i])) }
        }
        if !closed.isEmpty {
            out.append(.heading("closed", count: closed.count))
            for i in closed { out.append(.application(records[i])) }
        }
        return out
    }

    public var record: ApplicationRecord? {
        if case .application(let r) = self { return r }
        return nil
    }
}
