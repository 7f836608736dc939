/// A front-matter key onward does not know, kept as its exact lines so it survives every rewrite.
public struct RawField: Equatable, Sendable {
    public var key: String
    /// The key's lines as they were in the file, without the final newline.
    public var text: String

    public init(key: String, text: String) {
        self.key = key
        self.text = text
    }
}
