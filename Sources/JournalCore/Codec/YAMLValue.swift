/// The value of one front-matter key, as far as onward needs to understand it.
public enum YAMLValue: Equatable, Sendable {
    case null
    case scalar(String)
    case list([String])
    /// A mapping or a nested structure: kept verbatim, never interpreted.
    case other
}
