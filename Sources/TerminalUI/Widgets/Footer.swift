import JournalCore

/// One key hint in the footer: the key and what it does here.
public struct KeyHint: Equatable, Sendable {
    /// The key as written for people, e.g. "Tab" or "Ctrl-S".
    public var key: String
    /// What it does, e.g. "next".
    public var action: String
    /// How much the footer needs it: 1 for the keys a person needs most, higher numbers are
    /// dropped first when the line is short.
    public var priority: Int

    /// A hint "`key` `action`".
    public init(_ key: String, _ action: String, priority: Int = 1) {
        self.key = key
        self.action = action
        self.priority = priority
    }

    /// True for the hint that opens the list of keys (`? keys`, `F1 keys`), which the footer always keeps.
    public var opensHelp: Bool { action == "keys" }

    /// "Tab next".
    public var text: String { "\(key) \(action)" }
}

/// The bottom line: the keys that work on the current screen, in reverse video.
public struct Footer: Equatable, Sendable {
    /// The hints, most important first (later ones are dropped when space runs out).
    public var hints: [KeyHint]

    /// A footer showing `hints`.
    public init(_ hints: [KeyHint]) {
        self.hints = hints
    }

    /// The hints joined with " · " in their order, fitted to `width`: when they do not all fit the
    /// least important go first (the highest `priority`, the later of equals), a "…" says some
    /// went, and the hint that lists every key stays at the end at every width.
    public func text(width: Int) -> String {
        let full = hints.map(\.text).joined(separator: " · ")
        if full.displayWidth <= width { return full }
        let help = hints.last { $0.opensHelp }
        var kept = hints.indices.filter { !hints[$0].opensHelp }
        func line() -> String {
            let shown = kept.map { hints[$0].text }.joined(separator: " · ")
            let tail = help.map { "… " + $0.text } ?? "…"
            return shown.isEmpty ? tail : shown + " " + tail
        }
        while !kept.isEmpty, line().displayWidth > width {
            // The least important hint; among equals, the last one.
            let worst = kept.indices.max { (hints[kept[$0]].priority, $0) < (hints[kept[$1]].priority, $1) }!
            kept.remove(at: worst)
        }
        guard let help else { return kept.isEmpty ? TextWrapper.truncate(full, toWidth: width) : line() }
        let fitted = line()
        return fitted.displayWidth <= width ? fitted : TextWrapper.truncate(help.text, toWidth: width)
    }

    /// Draws the hints on the last row of `rect`, padded across the full width in reverse video.
    public func render(on canvas: Canvas, in rect: Rect) {
        guard rect.width > 0, rect.height > 0 else { return }
        let row = rect.bottom - 1
        // One leading space keeps the text off the screen edge when there is room.
        let inner = text(width: max(0, rect.width - 1))
        canvas.drawPadded(" " + inner, row: row, column: rect.column, width: rect.width, style: .reverse)
    }
}
