/// The one rule for hours of sleep as a person types them, shared by `checkin --sleep` and the
/// check-in screen so both accept and refuse the same text.
public enum SleepHours {
    /// The hours in `text`, or nil when it is not a plain number from 0 to 24. Blanks around it,
    /// a comma as the decimal point ("7,5") and a trailing "h" ("7h") are accepted; exponents,
    /// hexadecimal, signs, "nan" and "inf" are not, so a number means what it looks like.
    public static func parse(_ text: String) -> Double? {
        var t = Substring(text).drop { $0 == " " || $0 == "\t" }
        while let last = t.last, last == " " || last == "\t" { t = t.dropLast() }
        if let last = t.last, last == "h" || last == "H" {
            t = t.dropLast()
            while let last = t.last, last == " " || last == "\t" { t = t.dropLast() }
        }
        let digits = t.filter(\.isASCII)
        guard digits.count == t.count, digits.contains(where: \.isNumber),
              digits.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }),
              digits.filter({ $0 == "." || $0 == "," }).count <= 1,
              let hours = Double(String(digits.map { $0 == "," ? "." : $0 })),
              CheckinValues.sleepRange.contains(hours) else { return nil }
        return hours
    }
}
