/// How a form draws what is common to its fields: labels and the "more" lines of a long form.
public struct FormLook: Equatable, Sendable {
    /// The line over the fields when some are scrolled off above.
    public var moreAbove: String
    /// The line under the fields when some are scrolled off below.
    public var moreBelow: String
    /// Rows a label wraps onto; nil keeps it on one row, cut at the width.
    public var labelLines: Int?

    public init(moreAbove: String = "↑ more above", moreBelow: String = "↓ more below", labelLines: Int? = nil) {
        self.moreAbove = moreAbove
        self.moreBelow = moreBelow
        self.labelLines = labelLines
    }
}
