/// Text files that are not UTF-8: where the first bad byte is, and Windows-1252, the encoding
/// Excel and many Windows programs still save CSV files in.
public enum LegacyText {
    /// The 1-based line holding the first byte sequence that is not UTF-8, or nil when all is UTF-8.
    /// (A newline byte never occurs inside a UTF-8 sequence, so each line can be checked alone.)
    public static func firstNonUTF8Line(_ bytes: [UInt8]) -> Int? {
        var line = 1
        for part in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if String(validating: part, as: UTF8.self) == nil { return line }
            line += 1
        }
        return nil
    }

    /// Whether the bytes start with a UTF-16 byte order mark (Excel's "Unicode text").
    public static func isUTF16(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF)
    }

    /// The bytes read as Windows-1252: 0x80-0x9F are its letters and signs (€, ‘, ’, “, ”, –, …),
    /// every other byte is the Latin-1 character of the same number. The five bytes it leaves
    /// unassigned stay the control characters of that number, so they are shown, not lost.
    public static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            if (0x80...0x9F).contains(b), let mapped = high[Int(b - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return String(scalars)
    }

    private static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
