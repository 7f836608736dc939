import Foundation

/// Tells pasted text from typed keys in the events of one turn of the loop, so a paste is
/// handed to the screen as text and never run as commands (a pasted "x" is not "said no").
///
/// A terminal that brackets pastes (`.pasteBegan` ... `.pasteEnded`) says exactly what was
/// pasted. Without brackets, a paste is known by its speed: several text keys that were all
/// waiting at once, which typing by hand does not produce.
struct PasteReader {
    /// One piece of a turn's input.
    enum Piece: Equatable {
        case event(InputEvent)
        /// Keys that came in a paste, in order; `marked` when the terminal bracketed it, false when
        /// it is only known by its speed (which fast typing on a loaded machine can look like).
        case paste([Key], marked: Bool)
    }

    /// Inside a bracketed paste that has not ended yet (a long paste spans several turns).
    private(set) var inBrackets = false
    /// When the last pasted key arrived: a paste cut into several turns stays one paste.
    private var lastPaste: Date?
    /// The last turn stopped reading with keys still waiting: what follows is more of the same.
    private var cutShort = false
    /// An unbracketed burst of this many text keys or more is a paste.
    static let burstLength = 3
    /// A burst of two keys or more this soon after a paste continues it (one key alone is
    /// typed: an Enter pressed after a paste submits it); an end mark this late is taken as lost.
    static let continuation: TimeInterval = 0.05
    static let lostEndMark: TimeInterval = 1.0

    /// Splits the events that were waiting together at `now` into typed events and pastes;
    /// `cut` says the turn stopped reading while more was waiting.
    mutating func split(_ burst: [InputEvent], at now: Date, cut: Bool = false) -> [Piece] {
        let continues = cutShort
        cutShort = cut
        if inBrackets, let last = lastPaste, now.timeIntervalSince(last) > Self.lostEndMark { inBrackets = false }
        var pieces: [Piece] = []
        var pasted: [Key] = []
        var loose: [InputEvent] = []
        func flushPaste() {
            if !pasted.isEmpty { pieces.append(.paste(pasted, marked: true)); pasted = []; lastPaste = now }
        }
        func flushLoose() {
            guard !loose.isEmpty else { return }
            let keys = loose.compactMap { if case .key(let k) = $0 { return k } else { return nil } }
            let soonAfterPaste = keys.count >= 2 && lastPaste.map { now.timeIntervalSince($0) < Self.continuation } ?? false
            if keys.count == loose.count, keys.allSatisfy(Self.isText), continues || soonAfterPaste || Self.looksPasted(keys) {
                pieces.append(.paste(keys, marked: false))
                lastPaste = now
            } else {
                pieces += loose.map(Piece.event)
            }
            loose = []
        }
        for event in burst {
            switch event {
            case .pasteBegan:
                flushLoose()
                inBrackets = true
                lastPaste = now
            case .pasteEnded:
                flushLoose()
                flushPaste()
                inBrackets = false
            case .key(let key) where inBrackets:
                pasted.append(key)
            case .key:
                loose.append(event)
            case .resize, .terminate:
                // Never held back: a stop request must save at once, a resize must redraw.
                flushLoose()
                flushPaste()
                pieces.append(.event(event))
            }
        }
        flushLoose()
        flushPaste()
        return pieces
    }

    /// Keys a paste can hold: characters and line breaks (and tabs).
    static func isText(_ key: Key) -> Bool {
        switch key {
        case .character, .enter, .tab: return true
        default: return false
        }
    }

    /// Several text keys at once, not one key held down (auto-repeat sends the same key).
    static func looksPasted(_ keys: [Key]) -> Bool {
        keys.count >= burstLength && Set(keys).count > 1
    }

    /// The text of pasted keys: Enter is a line break, Tab a tab, anything else (an arrow
    /// decoded from a pasted escape sequence) is not text and is left out.
    static func text(of keys: [Key]) -> String {
        var out = ""
        for key in keys {
            switch key {
            case .character(let c): out.append(c)
            case .enter: out.append("\n")
            case .tab: out.append("\t")
            default: break
            }
        }
        return out
    }
}
