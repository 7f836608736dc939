/// A setting's value together with where it came from, for `onward config`.
public struct Sourced<Value: Equatable & Sendable>: Equatable, Sendable {
    public var value: Value
    public var source: SettingSource
    /// Which variable, flag or file line supplied it, e.g. `NO_COLOR` or `line 3`; nil for a default.
    public var detail: String?

    public init(_ value: Value, _ source: SettingSource, detail: String? = nil) {
        self.value = value
        self.source = source
        self.detail = detail
    }
}
