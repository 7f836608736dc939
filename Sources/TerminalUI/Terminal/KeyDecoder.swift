/// What a terminal hands the decoder: a byte as typed, a key the terminal library already
/// decoded (curses' keypad codes), or another event (a resize, a signal).
public enum RawInput: Equatable, Sendable {
    case byte(UInt8)
    case key(Key)
    case event(InputEvent)
}

/// Turns the bytes a terminal sends into keys, the same way whatever the locale says.
///
/// - Text is UTF-8: a byte that cannot start or continue a character becomes U+FFFD, and the
///   byte after it is read again, so one bad byte never swallows the text that follows.
/// - Esc starts a sequence: Esc followed, within `followUpMilliseconds`, by more bytes is one key
///   (CSI `Esc [ ... final`, SS3 `Esc O x`, or Alt plus a character), never a lone Esc; a
///   sequence onward does not know is dropped whole. Only Esc with nothing after it is `.escape`.
public struct KeyDecoder: Sendable {
    /// How long to wait for the rest of a sequence or of a character once it has started.
    public var followUpMilliseconds: Int
    /// Input read ahead that belongs to the next key.
    private var pending: [RawInput] = []

    /// A decoder that waits `followUpMilliseconds` for the rest of a sequence.
    public init(followUpMilliseconds: Int = 25) {
        self.followUpMilliseconds = followUpMilliseconds
    }

    /// What one call produced.
    public enum Decoded: Equatable, Sendable {
        /// A key or another event.
        case event(InputEvent)
        /// Input arrived but meant nothing onward uses (an unknown sequence): read again.
        case ignored
        /// Nothing arrived within the timeout.
        case nothing
    }

    /// Decodes the next event; `read(timeout)` returns the next raw input, or nil after
    /// `timeout` milliseconds (nil: wait for ever) with nothing.
    public mutating func next(timeout: Int?, read: (Int?) -> RawInput?) -> Decoded {
        guard let first = take(timeout, read) else { return .nothing }
        switch first {
        case .event(let event): return .event(event)
        case .key(let key): return .event(.key(key))
        case .byte(0x1B): return escape(read).map { .event(.key($0)) } ?? .ignored
        case .byte(let b) where b < 0x80: return Self.ascii(b).map { .event(.key($0)) } ?? .ignored
        case .byte(let b): return .event(.key(.character(utf8(lead: b, read))))
        }
    }

    private mutating func take(_ timeout: Int?, _ read: (Int?) -> RawInput?) -> RawInput? {
        pending.isEmpty ? read(timeout) : pending.removeFirst()
    }

    private mutating func followUp(_ read: (Int?) -> RawInput?) -> RawInput? {
        take(followUpMilliseconds, read)
    }

    /// A byte below 0x80 other than Esc: a character or a control key.
    static func ascii(_ b: UInt8) -> Key? {
        switch b {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(b + 0x60)))
        case 0, 27...31: return nil
        default: return .character(Character(Unicode.Scalar(b)))
        }
    }

    /// The rest of a UTF-8 character whose first byte is `lead` (0x80 or more).
    private mutating func utf8(lead: UInt8, _ read: (Int?) -> RawInput?) -> Character {
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return "\u{FFFD}"
        }
        var bytes = [lead]
        while bytes.count < length {
            guard let next = followUp(read) else { return "\u{FFFD}" }
            guard case .byte(let b) = next, (0x80...0xBF).contains(b) else {
                pending.insert(next, at: 0)  // the start of the next key: read it again
                return "\u{FFFD}"
            }
            bytes.append(b)
        }
        // The standard decoder rejects overlong forms and surrogates; anything it repairs is one U+FFFD.
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else { return "\u{FFFD}" }
        return Character(scalar)
    }

    /// What follows an Esc; nil when it was a sequence to ignore.
    private mutating func escape(_ read: (Int?) -> RawInput?) -> Key? {
        guard let next = followUp(read) else { return .escape }
        switch next {
        case .event:
            pending.insert(next, at: 0)
            return .escape
        case .key(.left): return .wordLeft
        case .key(.right): return .wordRight
        case .key(.backspace): return .altBackspace  // curses turns the 0x7F of Esc 0x7F into its Backspace code
        case .key(let key): return key
        case .byte(UInt8(ascii: "[")): return csi(read)
        case .byte(UInt8(ascii: "O")): return ss3(read)
        case .byte(let b) where Self.startsStringSequence(b):
            skipString(read)
            return nil
        case .byte(0x1B):
            // Esc Esc: Alt with an arrow on some terminals (Esc Esc [ D), or Esc pressed twice.
            guard let third = followUp(read) else {
                pending.insert(next, at: 0)  // Esc pressed twice: two Escs
                return .escape
            }
            if case .byte(UInt8(ascii: "[")) = third { return Self.altered(csi(read)) }
            if case .byte(UInt8(ascii: "O")) = third { return Self.altered(ss3(read)) }
            pending.insert(third, at: 0)
            return .escape
        case .byte(8), .byte(127): return .altBackspace
        case .byte(let b) where b >= 0x20 && b < 0x7F: return .alt(Character(Unicode.Scalar(b)))
        case .byte(let b) where b >= 0x80: return .alt(utf8(lead: b, read))
        case .byte: return nil  // Ctrl-Alt-something: nothing here uses it
        }
    }

    /// Alt with an arrow moves by word, like Ctrl.
    private static func altered(_ key: Key?) -> Key? {
        switch key {
        case .left?: return .wordLeft
        case .right?: return .wordRight
        default: return key
        }
    }

    /// `Esc [ parameters intermediates final`: reads to the final byte, then names it.
    private mutating func csi(_ read: (Int?) -> RawInput?) -> Key? {
        var parameters = ""
        var length = 0
        while let next = followUp(read) {
            guard case .byte(let b) = next else { pending.insert(next, at: 0); return nil }
            length += 1
            if b == UInt8(ascii: "M"), parameters.isEmpty {
                // An X10 mouse report: three raw bytes (button, column, row) follow, not text.
                for _ in 0..<3 { guard followUp(read) != nil else { break } }
                return nil
            }
            if (0x40...0x7E).contains(b) { return Self.csiKey(parameters: parameters, final: b) }
            guard (0x20...0x3F).contains(b), length < 64 else { return nil }  // not a sequence after all
            parameters.append(Character(Unicode.Scalar(b)))
        }
        return nil  // cut short: drop what came
    }

    /// The key a complete CSI sequence stands for, or nil for one onward does not use.
    static func csiKey(parameters: String, final: UInt8) -> Key? {
        let fields = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = fields.first.flatMap { $0 } ?? 0
        // xterm's modifier parameter is 1 + (Shift 1, Alt 2, Ctrl 4): 3 Alt, 5 Ctrl, 7 both.
        let modifier = fields.count > 1 ? (fields[1] ?? 1) - 1 : 0
        let byWord = modifier & 0b110 != 0
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return byWord ? .wordRight : .right
        case UInt8(ascii: "D"): return byWord ? .wordLeft : .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "Z"): return .backTab
        case UInt8(ascii: "~"):
            switch first {
            case 1, 7: return .home
            case 4, 8: return .end
            case 3: return .delete
            case 5: return .pageUp
            case 6: return .pageDown
            case 11...15: return .function(first - 10)
            case 17...21: return .function(first - 11)
            case 23, 24: return .function(first - 12)
            default: return nil  // Insert, bracketed-paste marks, and others
            }
        default:
            return nil
        }
    }

    /// Esc followed by `]` (OSC), `P` (DCS), `_` (APC), `^` (PM) or `X` (SOS) opens a string a
    /// terminal sends back (a colour or title report): it runs to BEL or `Esc \`, and none of it is typing.
    static func startsStringSequence(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "]") || b == UInt8(ascii: "P") || b == UInt8(ascii: "_") || b == UInt8(ascii: "^") || b == UInt8(ascii: "X")
    }

    /// Drops a terminal string up to its end (BEL or `Esc \`); a string cut short or over 4 KB
    /// ends the dropping, so a stray Alt-P never eats what is typed later.
    private mutating func skipString(_ read: (Int?) -> RawInput?) {
        var length = 0
        while length < 4096, let next = followUp(read) {
            length += 1
            guard case .byte(let b) = next else { pending.insert(next, at: 0); return }
            if b == 0x07 { return }
            if b == 0x1B {
                guard let after = followUp(read) else { return }
                if case .byte(UInt8(ascii: "\\")) = after { return }
                pending.insert(after, at: 0)
                pending.insert(next, at: 0)  // a new sequence started: read it as one
                return
            }
        }
    }

    /// `Esc O x`: arrows, Home/End and F1-F4 in application mode.
    private mutating func ss3(_ read: (Int?) -> RawInput?) -> Key? {
        guard let next = followUp(read) else { return .alt("O") }
        guard case .byte(let b) = next else { pending.insert(next, at: 0); return .alt("O") }
        switch b {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "M"): return .enter
        case UInt8(ascii: "P")...UInt8(ascii: "S"): return .function(Int(b) - Int(UInt8(ascii: "P")) + 1)
        default: return nil
        }
    }
}
