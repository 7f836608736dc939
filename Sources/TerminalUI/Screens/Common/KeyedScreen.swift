/// A screen whose keys come from one `KeyTable` (the footer and the help are drawn from it too).
public protocol KeyedScreen: Screen {
    /// What the screen's keys stand for.
    associatedtype Command
    /// The keys that work in the screen's present state.
    var keys: KeyTable<Command> { get }
}
