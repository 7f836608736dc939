/// How many check-ins named one self-care activity.
public struct ActivityCount: Equatable, Sendable {
    /// The activity, lowercased so "Reading" and "reading" are one.
    public var activity: String
    public var count: Int

    public init(activity: String, count: Int) {
        self.activity = activity
        self.count = count
    }
}
