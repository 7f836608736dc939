/// One key hint in the footer: the key and what it does here.
public struct KeyHint: Equatable, Sendable {
    /// The key as written for people, e.g. "Tab" or "Ctrl-S".
    public var key: String
    /// What it does, e.g. "next".
    public var action: String

    /// A hint "`key` `action`".
    public init(_ key: String, _ action: String) {
        self.key = key
        self.action = action
    }

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

    /// The hints joined with " · ", cut at a hint boundary to fit `width` (with "…" when cut);
    /// the help hint (action "keys") stays at the end, since it is the way to see the rest.
    public func text(width: Int) -> String {
        let full = hints.map(\.text).joined(separator: " · ")
        if full.displayWidth <= width { return full }
        if let help = hints.last(where: { $0.action == "keys" }),
           let lead = leading(hints.filter { $0 != help }, width: width - help.text.displayWidth - 1) {
            return lead + " " + help.text
        }
        return leading(hints, width: width) ?? TextWrapper.truncate(full, toWidth: width)
    }

    /// The first of `hints` that fit in `width` together with " …", or nil when not even one does.
    private func leading(_ hints: [KeyHint], width: Int) -> String? {
        var kept = ""
        for hint in hints {
            let candidate = kept.isEmpty ? hint.text : kept + " · " + hint.text
            if candidate.displayWidth + 2 > width { break }  // room for " …"
            kept = candidate
        }
        return kept.isEmpty ? nil : kept + " …"
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
