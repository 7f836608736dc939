/// Terminal column widths of text, computed in pure Swift (no `wcwidth`) so layout is testable
/// and the command line and the screens measure alike.
///
/// Width is measured per grapheme cluster (`Character`), because a terminal draws a whole
/// cluster in one or two cells: "e" + combining acute is one column, a flag or a ZWJ family is two.
public enum DisplayWidth {
    /// The number of terminal columns `character` occupies: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        // Fast path: plain ASCII is by far the most common case.
        if let ascii = character.asciiValue {
            return (ascii < 0x20 || ascii == 0x7F) ? 0 : 1
        }
        let scalars = character.unicodeScalars
        guard let base = scalars.first else { return 0 }
        // An emoji-style variation selector asks for the two-column emoji form.
        if scalars.contains(where: { $0.value == 0xFE0F }), width(ofScalar: base) > 0 {
            return 2
        }
        let baseWidth = width(ofScalar: base)
        if baseWidth > 0 { return baseWidth }
        // A cluster that starts with a zero-width scalar (say, a stray combining mark)
        // takes the width of the first scalar that has one.
        for scalar in scalars.dropFirst() {
            let w = width(ofScalar: scalar)
            if w > 0 { return w }
        }
        return 0
    }

    /// The number of terminal columns `text` occupies.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        // Printable ASCII is one column a byte; checked on the bytes, as `list` and search measure
        // thousands of titles and snippets.
        let printable = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
        if printable == true { return text.utf8.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The width of a lone scalar, ignoring any cluster it may belong to.
    public static func width(ofScalar scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Combining marks, joiners, variation selectors and invisible format characters.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFE00...0xFE0F, 0xFEFF,
             0xE0100...0xE01EF, 0xE0000...0xE007F:
            return true
        case 0x1160...0x11FF, 0xD7B0...0xD7FF:
            // Hangul medial vowels and final consonants join the preceding initial consonant.
            return true
        case 0x00AD:
            // Soft hyphen: terminals traditionally give it a column.
            return false
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return true
        default:
            return false
        }
    }

    /// East Asian Wide and Fullwidth ranges (CJK, kana, Hangul syllables, fullwidth forms).
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F,   // Hangul Jamo initial consonants
             0x2329...0x232A,   // angle brackets
             0x2E80...0x303E,   // CJK radicals, Kangxi, CJK symbols and punctuation
             0x3041...0x33FF,   // kana, Bopomofo, Hangul compatibility Jamo, enclosed CJK
             0x3400...0x4DBF,   // CJK extension A
             0x4E00...0x9FFF,   // CJK unified ideographs
             0xA000...0xA4CF,   // Yi
             0xA960...0xA97F,   // Hangul Jamo extended A
             0xAC00...0xD7A3,   // Hangul syllables
             0xF900...0xFAFF,   // CJK compatibility ideographs
             0xFE10...0xFE19,   // vertical forms
             0xFE30...0xFE6F,   // CJK compatibility forms, small form variants
             0xFF00...0xFF60,   // fullwidth ASCII forms
             0xFFE0...0xFFE6,   // fullwidth signs
             0x16FE0...0x16FE4, 0x17000...0x18CFF, // Tangut and friends
             0x1B000...0x1B2FF, // kana supplement and extensions
             0x1F200...0x1F2FF, // enclosed ideographic supplement
             0x20000...0x2FFFD, 0x30000...0x3FFFD: // CJK extensions B and beyond
            return true
        default:
            return false
        }
    }
}

extension Character {
    /// Terminal columns this character occupies (0, 1 or 2).
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension StringProtocol {
    /// Terminal columns this text occupies.
    public var displayWidth: Int { DisplayWidth.of(self) }
}
