/// How strong the feelings were at the start and at the end of one reflection.
public struct IntensityPoint: Equatable, Sendable {
    public var id: EntryID
    public var day: LocalDay
    public var title: String
    public var before: Int?
    public var after: Int?

    public init(id: EntryID, day: LocalDay, title: String, before: Int?, after: Int?) {
        self.id = id
        self.day = day
        self.title = title
        self.before = before
        self.after = after
    }
}
