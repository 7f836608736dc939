import JournalCore

/// Which entries the browse list shows; `f` steps through them.
public enum KindFilter: CaseIterable, Equatable, Sendable {
    case all, reflections, checkins, notes, unreadable

    /// Words for the header and the footer.
    public var label: String {
        switch self {
        case .all: return "all entries"
        case .reflections: return "reflections"
        case .checkins: return "check-ins"
        case .notes: return "notes"
        case .unreadable: return "unreadable files"
        }
    }

    /// The next filter in the cycle.
    public var next: KindFilter {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Whether a row belongs in the list under this filter.
    public func admits(_ row: BrowseRow) -> Bool {
        switch (self, row) {
        case (.all, _): return true
        case (.unreadable, .unreadable): return true
        case (.reflections, .entry(let s)): return s.entry.kind == .reflection
        case (.checkins, .entry(let s)): return s.entry.kind == .checkin
        case (.notes, .entry(let s)): return s.entry.kind == .note
        default: return false
        }
    }
}
