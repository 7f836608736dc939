import Foundation

/// Which entries a list shows: one kind (or a set of them), an inclusive range of days, a tag, and at most `limit` of them.
public struct EntryFilter: Equatable, Sendable {
    public var kind: EntryKind?
    /// First day shown (inclusive), compared with the day as written in the entry.
    public var since: LocalDay?
    /// Last day shown (inclusive).
    public var until: LocalDay?
    /// A tag the entry must carry; case and a leading `#` are ignored.
    public var tag: String?
    /// At most this many entries; nil for all.
    public var limit: Int?
    /// Only entries of these kinds (beside `kind`); nil for any.
    public var kinds: Set<EntryKind>?

    public init(kind: EntryKind? = nil, since: LocalDay? = nil, until: LocalDay? = nil, tag: String? = nil, limit: Int? = nil,
                kinds: Set<EntryKind>? = nil) {
        self.kind = kind
        self.kinds = kinds
        self.since = since
        self.until = until
        self.tag = tag
        self.limit = limit
    }

    /// True when the entry passes every condition (the limit is not a condition on one entry).
    public func matches(_ entry: Entry) -> Bool {
        if let kind, entry.kind != kind { return false }
        if let kinds, !kinds.contains(entry.kind) { return false }
        if let since, entry.day < since { return false }
        if let until, entry.day > until { return false }
        if let tag {
            let wanted = Self.normalise(tag)
            if !wanted.isEmpty && !entry.tags.contains(where: { Self.normalise($0) == wanted }) { return false }
        }
        return true
    }

    /// True when an entry of `kind` may pass (`kind` and `kinds` only).
    public func admits(_ kind: EntryKind) -> Bool {
        (self.kind == nil || self.kind == kind) && (kinds?.contains(kind) ?? true)
    }

    /// The matching entries in the order given, cut to `limit`.
    public func apply(to entries: [StoredEntry]) -> [StoredEntry] {
        let matching = entries.lazy.filter { matches($0.entry) }
        guard let limit else { return Array(matching) }
        return Array(matching.prefix(max(0, limit)))
    }

    private static func normalise(_ tag: String) -> String {
        var t = Substring(tag.trimmingCharacters(in: .whitespaces))
        while t.first == "#" { t = t.dropFirst() }
        return t.lowercased()
    }
}
