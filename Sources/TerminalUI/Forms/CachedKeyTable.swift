/// A screen's key table kept until what it depends on changes. Building a table costs a few
/// dozen small allocations; a 100 KB paste asks for it once a key, so it is built once a field.
public struct CachedKeyTable<Context: Equatable, Action> {
    private var context: Context?
    private var table: KeyTable<Action>?

    public init() {}

    /// The table for `context`, built by `build` only when the context differs from last time.
    public mutating func table(for context: Context, build: () -> KeyTable<Action>) -> KeyTable<Action> {
        if let table, self.context == context { return table }
        let built = build()
        self.context = context
        table = built
        return built
    }
}
