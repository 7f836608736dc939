/// The `status:` of an entry: `draft` for an unfinished session, or a word a person wrote by hand.
///
/// A string literal converts to it, so `entry.status == "draft"` still reads naturally, but the
/// one value onward itself writes is `EntryStatus.draft`.
public struct EntryStatus: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// An unfinished session, kept under `.onward/drafts/`.
    public static let draft = EntryStatus(rawValue: "draft")

    public var description: String { rawValue }
}

extension Entry {
    /// True for an unfinished session (`status: draft`).
    public var isDraft: Bool { status == .draft }
}
