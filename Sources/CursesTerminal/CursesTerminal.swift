import CNcursesw
import TerminalUI
import JournalCore

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
    private var decoder = KeyDecoder()

    /// Starts full-screen mode, or throws a one-sentence reason when this is not a usable terminal.
    /// `color` is the run's colour choice (`never` keeps the screens plain); `environment` gives `TERM`.
    public init(environment: [String: String], color: ColorMode) throws(TerminalStartError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty else { throw .noTermVariable }
        guard term != "dumb" else { throw .dumbTerminal }
        Self.chooseUTF8Locale()
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
        // The screens are always on a terminal, so `auto` allows colour here.
        if color.allowsStyle(outputIsTerminal: true) && has_colors() {
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

    /// The next event; nil when nothing came in time, or when what came is to be ignored.
    ///
    /// Bytes are read one at a time (`wgetch`, not `get_wch`) and decoded by `KeyDecoder`, so
    /// typed text is UTF-8 whatever the locale says, and an unknown escape sequence is one
    /// ignored key instead of an Esc followed by stray letters.
    public func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        if SignalWatch.takePending() { return .terminate }
        let decoded = decoder.next(timeout: timeoutMilliseconds) { wait in self.readRaw(timeout: wait) }
        if SignalWatch.takePending() { return .terminate }
        if case .event(let event) = decoded { return event }
        return nil
    }

    /// One byte, keypad key or resize from curses, waiting up to `wait` ms (nil: for ever).
    private func readRaw(timeout wait: Int?) -> RawInput? {
        while true {
            timeout(Int32(wait ?? -1))
            let code = wgetch(onward_stdscr())
            if code == ERR { return nil }
            if code == onward_key_resize() { return .event(.resize(size)) }
            if code >= 0 && code < 256 { return .byte(UInt8(code)) }
            if let key = KeyCodes.key(forFunctionKey: code) { return .key(key) }
            if let name = keyname(code).map({ String(cString: $0) }), let key = KeyCodes.key(forExtendedName: name) {
                return .key(key)
            }
            // A keypad key onward has no use for: skip it, as if it had not been pressed.
            if wait != nil { return nil }
        }
    }

    /// Makes the character type UTF-8 so ncurses draws wide text: the person's locale when it
    /// is UTF-8, else C.UTF-8 or another UTF-8 locale that is installed (input does not depend
    /// on this: `KeyDecoder` reads UTF-8 bytes itself).
    private static func chooseUTF8Locale() {
        setlocale(LC_ALL, "")
        if isUTF8() { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"] where setlocale(LC_CTYPE, name) != nil {
            if isUTF8() { return }
        }
    }

    private static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
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
