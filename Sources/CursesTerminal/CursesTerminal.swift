import CNcursesw
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal, through ncursesw: the only code in onward that calls C curses.
///
/// Each grapheme is placed at an explicit column measured by `DisplayWidth`, so the
/// screen matches the in-memory `ScreenBuffer` the tests render into, even where the
/// C library's `wcwidth` disagrees about an emoji.
public final class CursesTerminal: Terminal {
    private let screen: OpaquePointer
    private var cursor: Position?
    private var hasColor = false
    private var ended = false

    /// Starts full-screen mode, or throws a one-sentence reason when this is not a usable terminal.
    public init(environment: [String: String]) throws(TerminalStartError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty else { throw .noTermVariable }
        guard term != "dumb" else { throw .dumbTerminal }
        setlocale(LC_ALL, "")
        // newterm, unlike initscr, returns nil for an unknown TERM instead of exiting the process.
        guard let screen = onward_newterm() else { throw .unknownTerminal(term) }
        self.screen = screen
        set_term(screen)
        raw()
        noecho()
        nonl()
        keypad(onward_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        let colorAllowed = environment["NO_COLOR"].map { $0.isEmpty } ?? true
        if colorAllowed && has_colors() {
            start_color()
            use_default_colors()
            init_pair(1, Int16(COLOR_CYAN), -1)
            hasColor = true
        }
        SignalWatch.install()
    }

    deinit { end() }

    /// Restores the terminal; safe to call more than once.
    public func end() {
        guard !ended else { return }
        ended = true
        curs_set(1)
        endwin()
        delscreen(screen)
    }

    public var size: Size {
        Size(rows: Int(getmaxy(onward_stdscr())), columns: Int(getmaxx(onward_stdscr())))
    }

    public func draw(_ text: String, row: Int, column: Int, style: Style) {
        let size = self.size
        guard row >= 0, row < size.rows else { return }
        onward_attrset(attributes(for: style))
        var col = max(column, 0)
        var buffer: [wchar_t] = []
        for character in text {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if col + width > size.columns { break }
            buffer.removeAll(keepingCapacity: true)
            for scalar in character.unicodeScalars { buffer.append(wchar_t(bitPattern: scalar.value)) }
            buffer.append(0)
            _ = buffer.withUnsafeBufferPointer { mvaddnwstr(Int32(row), Int32(col), $0.baseAddress, Int32($0.count - 1)) }
            col += width
        }
        onward_attrset(onward_a_normal())
    }

    public func clear() { erase() }

    public func setCursor(_ position: Position?) { cursor = position }

    public func flush() {
        if let cursor {
            move(Int32(cursor.row), Int32(cursor.column))
            curs_set(1)
        } else {
            curs_set(0)
        }
        refresh()
    }

    public func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        if SignalWatch.takePending() { return .terminate }
        timeout(Int32(timeoutMilliseconds ?? -1))
        var wide: wint_t = 0
        let result = get_wch(&wide)
        if SignalWatch.takePending() { return .terminate }
        if result == onward_key_code_yes() {
            if Int32(wide) == onward_key_resize() { return .resize(size) }
            return KeyCodes.key(forFunctionKey: Int32(wide)).map { .key($0) }
        }
        guard result == onward_ok() else { return nil }
        return KeyCodes.key(forCharacter: UInt32(wide)).map { .key($0) }
    }

    public func suspend() {
        def_prog_mode()
        endwin()
    }

    public func resume() {
        reset_prog_mode()
        clearok(onward_stdscr(), true)
        refresh()
    }

    private func attributes(for style: Style) -> attr_t {
        var a = onward_a_normal()
        if style.contains(.bold) { a |= onward_a_bold() }
        if style.contains(.reverse) { a |= onward_a_reverse() }
        if style.contains(.underline) { a |= onward_a_underline() }
        if style.contains(.dim) { a |= onward_a_dim() }
        if style.contains(.accent) && hasColor { a |= onward_color_pair(1) }
        return a
    }
}
