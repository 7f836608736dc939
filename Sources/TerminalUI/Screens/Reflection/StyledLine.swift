/// A line of text with one style, ready to draw.
public struct StyledLine: Equatable, Sendable {
    public var text: String
    public var style: Style
    public init(_ text: String, _ style: Style = .plain) { self.text = text; self.style = style }
}
