/// Typed hours of sleep that every way in (the `checkin --sleep` flag, the check-in screen)
/// must accept or refuse alike, with the hours an accepted one means.
public enum SleepHoursSamples {
    /// Text a person may type, and the hours it means.
    public static let accepted: [(String, Double)] = [
        ("7", 7), ("7.5", 7.5), ("7,5", 7.5), (" 8 ", 8), ("7h", 7), ("7.5 H", 7.5), ("0", 0), ("24", 24), (".5", 0.5),
    ]
    /// Text that is not a number of hours from 0 to 24, or not plainly one.
    public static let refused: [String] = [
        "25", "24.5", "-1", "+7", "seven", "1e1", "0x10", "nan", "inf", "7.5.1", "7,5,0", "h", "7 hours", "٧", "7\u{1B}[31m",
    ]
}
