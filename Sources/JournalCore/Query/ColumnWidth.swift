/// How many terminal columns text takes, estimated without the C library so JournalCore stays
/// free of terminal code: East Asian wide characters and most emoji count two, combining marks zero.
public enum ColumnWidth {
    /// Columns taken by the text.
    public static func of(_ text: Substring) -> Int {
        // ASCII without CR (which pairs with LF into one Character) is one column a byte;
        // walking Characters for it was a seventh of a search with thousands of results.
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
        }
        if ascii == true { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }
    /// Columns taken by the text.
    public static func of(_ text: String) -> Int { of(Substring(text)) }

    /// Columns taken by one character: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.count > 1, character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return width(of: scalar)
    }

    private static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
