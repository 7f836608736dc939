import JournalCore

/// The lines of the applications list: open ones grouped by the stage reached (furthest first),
/// each group sorted by next action, then the closed ones.
public enum ApplicationLine: Equatable, Sendable {
    case heading(String, count: Int)
    case application(ApplicationRecord)

    /// Builds the lines for `records`.
    public static func lines(_ records: [ApplicationRecord]) -> [ApplicationLine] {
        var out: [ApplicationLine] = []
        // One sort of all, then one pass into the groups: the order within a group is the same as
        // sorting the group alone, and a record (large) is copied once, not once per stage.
        var open: [Stage: [ApplicationRecord]] = [:]
        var closed: [ApplicationRecord] = []
        for record in ApplicationQuery.sorted(records) {
            if record.isOpen { open[record.stage, default: []].append(record) } else { closed.append(record) }
        }
        for stage in Stage.allCases.reversed() {
            guard let group = open[stage], !group.isEmpty else { continue }
            out.append(.heading(stage.label, count: group.count))
            out += group.map(ApplicationLine.application)
        }
        if !closed.isEmpty {
            out.append(.heading("closed", count: closed.count))
            out += closed.map(ApplicationLine.application)
        }
        return out
    }

    public var record: ApplicationRecord? {
        if case .application(let r) = self { return r }
        return nil
    }
}
