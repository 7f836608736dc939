import JournalCore

/// One full-screen view: state, event handling and rendering (Elm-style).
///
/// `handle` changes state and returns effects for the app loop to carry out (all I/O
/// happens there); `render` only reads state and draws.
public protocol Screen: AnyObject {
    /// Reacts to a key, a resize, a clock tick or the result of an effect.
    func handle(_ event: ScreenEvent) -> [Effect]
    /// Draws the whole screen, including the footer with the keys that work here.
    func render(on canvas: Canvas)
    /// What must be kept if the program stops now (a reflection in progress); nil for nothing.
    var draft: Entry? { get }
    /// Whether a key here may change the draft; the loop asks at every key, so it must be cheap
    /// (building `draft` costs the whole text: asking for it per key made a paste quadratic).
    var keepsDraft: Bool { get }
    /// Takes pasted text whole (line breaks as "\n"): a screen that returns effects never runs
    /// pasted text as commands; nil has the loop type it key by key instead.
    func paste(_ text: String) -> [Effect]?
    /// True while typed letters go into a text the person is writing (not into a list or a
    /// scale): while the window is too small to draw, only such typing is taken in.
    var takesTypedText: Bool { get }
    /// Whether a fast burst of keys (a paste without its marks) is typed key by key rather than
    /// handed to `paste(_:)` whole; by default, where a draft is being written.
    var typesBurstsKeyByKey: Bool { get }
    /// True when `key` opens a place to type (browse's `/`): a burst known only by its speed that
    /// starts with it is read as that key and then the words typed into what it opened.
    func opensTyping(with key: Key) -> Bool
    /// True for a screen that shows what the journal holds and reads it again on `.journalChanged`
    /// (home); the loop checks the journal's stamp only while such a screen is on top.
    var watchesJournal: Bool { get }
}

extension Screen {
    public var draft: Entry? { nil }
    public var keepsDraft: Bool { draft != nil }
    public func paste(_ text: String) -> [Effect]? { nil }
    public var takesTypedText: Bool { false }
    public var typesBurstsKeyByKey: Bool { keepsDraft }
    public func opensTyping(with key: Key) -> Bool { false }
    public var watchesJournal: Bool { false }
}
