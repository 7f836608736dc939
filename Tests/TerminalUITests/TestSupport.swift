@testable import TerminalUI

/// Applies each character of `text` as a `.character` key, as a paste would arrive.
func type<W>(_ text: String, into widget: inout W, using handle: (inout W, Key) -> WidgetResponse) {
    for character in text { _ = handle(&widget, .character(character)) }
}

extension TextField {
    /// Types `text` key by key.
    mutating func type(_ text: String) { for c in text { _ = handle(.character(c)) } }
    /// Presses each key in order.
    mutating func press(_ keys: Key...) { for key in keys { _ = handle(key) } }
}

extension TextArea {
    /// Types `text` key by key (newlines as Enter).
    mutating func type(_ text: String) {
        for c in text { _ = handle(c == "\n" ? .enter : .character(c)) }
    }
    /// Presses each key in order.
    mutating func press(_ keys: Key...) { for key in keys { _ = handle(key) } }
}

/// Renders with `draw` onto a fresh screen of `rows` x `columns` and returns it.
func render(rows: Int, columns: Int, _ draw: (ScreenBuffer) -> Void) -> ScreenBuffer {
    let screen = ScreenBuffer(rows: rows, columns: columns)
    draw(screen)
    return screen
}
