import JournalCore

/// The lines of the applications list: open ones grouped by the stage reached (furthest first),
/// each group sorted by next action, then the closed ones.
public enum ApplicationLine: Equatable, Sendable {
    case heading(String, count: Int)
    case application(ApplicationRecord)

    /// Builds the lines for `records`.
    public static func lines(_ records: [ApplicationRecord]) -> [ApplicationLine] {
        var out: [ApplicationLine] = []
        let open = records.filter(\.isOpen)
        for stage in Stage.allCases.reversed() {
            let group = ApplicationQuery.sorted(open.filter { $0.stage == stage })
            guard !group.isEmpty else { continue }
            out.append(.heading(stage.label, count: group.count))
            out += group.map(ApplicationLine.application)
        }
        let closed = ApplicationQuery.sorted(records.filter { !$0.isOpen })
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
