/// The display a screen draws on: a grid of cells addressed by row and column (0-based).
///
/// `CursesTerminal` implements it with ncursesw; `ScreenBuffer` implements it in memory
/// so every screen can be rendered and asserted on in a unit test.
public protocol Canvas: AnyObject {
    /// The size of the grid in cells.
    var size: Size { get }
    /// Draws `text` starting at `row`, `column`, clipped at the right edge; wide characters take two cells.
    func draw(_ text: String, row: Int, column: Int, style: Style)
    /// Blanks the whole grid.
    func clear()
    /// Places the visible cursor, or hides it with `nil`.
    func setCursor(_ position: Position?)
}

/// A real or simulated terminal: a canvas that also produces key events.
public protocol Terminal: Canvas {
    /// Waits up to `timeoutMilliseconds` (or forever with `nil`) for the next event.
    func nextEvent(timeoutMilliseconds: Int?) -> InputEvent?
    /// Makes what was drawn since the last flush visible.
    func flush()
    /// Leaves full-screen mode so another program (an editor) can use the terminal.
    func suspend()
    /// Returns to full-screen mode after `suspend()` and redraws.
    func resume()
}

/// A number of rows and columns.
public struct Size: Equatable, Sendable, CustomStringConvertible {
    public var rows: Int
    public var columns: Int
    public init(rows: Int, columns: Int) { self.rows = rows; self.columns = columns }
    public var description: String { "\(columns)x\(rows)" }
}

/// A cell position.
public struct Position: Equatable, Sendable {
    public var row: Int
    public var column: Int
    public init(row: Int, column: Int) { self.row = row; self.column = column }
}

/// How text is drawn. Meaning is carried by bold/reverse/underline so the program reads in monochrome.
public struct Style: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let plain: Style = []
    public static let bold = Style(rawValue: 1 << 0)
    public static let reverse = Style(rawValue: 1 << 1)
    public static let underline = Style(rawValue: 1 << 2)
    public static let dim = Style(rawValue: 1 << 3)
    /// An accent (colour pair 1) where colour is available; ignored in monochrome.
    public static let accent = Style(rawValue: 1 << 4)
}

/// What the terminal reports.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    /// The process was asked to stop (SIGTERM, SIGHUP: the window was closed): save and leave.
    case terminate
    /// The terminal's bracketed-paste marks: the keys between them were pasted, not typed.
    case pasteBegan, pasteEnded
}

/// A key press, already decoded from the terminal's codes.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter, tab, backTab, escape, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    /// Ctrl plus a letter, lower-case (`.control("c")`); Tab, Enter and Backspace have their own cases.
    case control(Character)
    case function(Int)
    /// Ctrl- or Alt-Left / Right: one word back or forward.
    case wordLeft, wordRight
    /// Alt-Backspace (Esc then Backspace): delete the word before the cursor.
    case altBackspace
    /// Alt plus a typed character (Esc then the character), e.g. Alt-b, Alt-f, Alt-d.
    case alt(Character)
}
