import Testing
@testable import TerminalUI

/// The decoder fed from a script of raw input, the way the curses terminal feeds it.
private struct Script {
    var inputs: [RawInput]
    var decoder = KeyDecoder()

    init(_ inputs: [RawInput]) { self.inputs = inputs }
    init(bytes: [UInt8]) { self.inputs = bytes.map { .byte($0) } }
    init(_ text: String) { self.init(bytes: Array(text.utf8)) }

    /// Every event until the script runs out; ignored sequences are left out.
    mutating func events() -> [InputEvent] {
        var out: [InputEvent] = []
        while true {
            let decoded = decoder.next(timeout: 0) { _ in inputs.isEmpty ? nil : inputs.removeFirst() }
            switch decoded {
            case .event(let e): out.append(e)
            case .ignored: continue
            case .nothing: return out
            }
        }
    }

    mutating func keys() -> [Key] {
        events().compactMap { if case .key(let k) = $0 { return k } else { return nil } }
    }
}

@Suite("Key decoder") struct KeyDecoderTests {
    @Test func anUnknownSequenceIsIgnoredNeverEsc() {
        // Alt-Backspace, an unknown CSI, an unknown SS3, a bracketed-paste mark: none is Esc.
        var s = Script("\u{1B}\u{7F}a\u{1B}[99;9zb\u{1B}Oxc\u{1B}[200~d")
        #expect(s.keys() == [.altBackspace, .character("a"), .character("b"), .character("c"), .character("d")])
    }

    @Test func mouseReportsAreNeverTyped() {
        // X10 (Esc [ M and three raw bytes, here a click at column 3, row 5), SGR and urxvt forms.
        var s = Script("a\u{1B}[M #%b\u{1B}[<0;12;5Mc\u{1B}[<0;12;5md\u{1B}[32;3;5Me")
        #expect(s.keys() == [.character("a"), .character("b"), .character("c"), .character("d"), .character("e")])
    }

    @Test func terminalStringReportsAreNeverTyped() {
        // A colour report ended by BEL, a title report ended by Esc \, a DCS and an APC string.
        var s = Script("a\u{1B}]11;rgb:0000/0000/0000\u{07}b\u{1B}]l title\u{1B}\\c\u{1B}P1$r0m\u{1B}\\d\u{1B}_x\u{07}e")
        #expect(s.keys() == [.character("a"), .character("b"), .character("c"), .character("d"), .character("e")])
        // A string cut off by a new sequence gives the new sequence its due.
        var cut = Script("\u{1B}]11;rgb\u{1B}[Af")
        #expect(cut.keys() == [.up, .character("f")])
    }

    @Test func aLoneEscIsEsc() {
        var s = Script("\u{1B}")
        #expect(s.keys() == [.escape])
        var twice = Script("\u{1B}\u{1B}")
        #expect(twice.keys() == [.escape, .escape])
    }

    @Test func homeAndEndInEveryFormTerminalsSend() {
        // xterm (CSI H/F, SS3 H/F), tmux and screen (CSI 1~ / 4~), rxvt (CSI 7~ / 8~).
        for (home, end) in [("\u{1B}[H", "\u{1B}[F"), ("\u{1B}OH", "\u{1B}OF"), ("\u{1B}[1~", "\u{1B}[4~"), ("\u{1B}[7~", "\u{1B}[8~")] {
            var s = Script(home + end)
            #expect(s.keys() == [.home, .end], "\(Array(home.utf8)) \(Array(end.utf8))")
        }
    }

    @Test func wordMovesAndAltKeys() {
        var s = Script("\u{1B}[1;5D\u{1B}[1;5C\u{1B}[1;3D\u{1B}b\u{1B}f\u{1B}d\u{1B}\u{1B}[C\u{1B}[3~\u{1B}[Z")
        #expect(s.keys() == [.wordLeft, .wordRight, .wordLeft, .alt("b"), .alt("f"), .alt("d"), .wordRight, .delete, .backTab])
        // Esc then a key curses already decoded (Alt-Left on some terminals).
        var keypad = Script([.byte(0x1B), .key(.left), .byte(0x1B), .key(.right), .byte(0x1B), .key(.backspace)])
        #expect(keypad.keys() == [.wordLeft, .wordRight, .altBackspace])
    }

    @Test func controlBytes() {
        var s = Script(bytes: [1, 5, 9, 13, 10, 8, 127, 23, 0, 28])
        #expect(s.keys() == [.control("a"), .control("e"), .tab, .enter, .enter, .backspace, .backspace, .control("w")])
    }

    @Test func textIsUTF8WhateverTheLocale() {
        var s = Script("déçu 😞 日本")
        #expect(String(s.keys().compactMap(\.typedCharacter)) == "déçu 😞 日本")
    }

    @Test func anInvalidByteBecomesOneReplacementAndKeepsWhatFollows() {
        // A Latin-1 é (0xE9) then "tait", a stray continuation byte, a cut-short 3-byte form,
        // an overlong slash, then good text.
        var s = Script(bytes: [0xE9] + Array("tait".utf8) + [0x80] + [0xE2, 0x82] + Array("ok".utf8) + [0xC0, 0xAF] + Array("ça".utf8))
        let text = String(s.keys().compactMap(\.typedCharacter))
        #expect(text == "\u{FFFD}tait\u{FFFD}\u{FFFD}ok\u{FFFD}\u{FFFD}ça")
    }

    @Test func otherEventsPassThroughAndEndASequence() {
        let resize = InputEvent.resize(Size(rows: 20, columns: 60))
        var s = Script([.byte(0x1B), .event(resize), .byte(UInt8(ascii: "x"))])
        #expect(s.events() == [.key(.escape), resize, .key(.character("x"))])
    }
}
