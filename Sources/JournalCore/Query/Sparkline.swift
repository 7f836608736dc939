/// A row of Unicode block marks (▁▂▃▄▅▆▇█) for a series of values on a fixed scale.
///
/// The scale is fixed rather than taken from the data, so a flat week of 5s reads as the
/// middle of the range and not as the top of it; a missing value is a `·`.
public enum Sparkline {
    /// The eight levels, lowest first.
    public static let levels: [Character] = Array("▁▂▃▄▅▆▇█")
    /// The mark for a day or bucket without a value.
    public static let gap: Character = "·"

    /// One mark per value; values outside `scale` are clamped to it.
    public static func marks(_ values: [Double?], scale: ClosedRange<Double>) -> String {
        String(values.map { $0.map { mark($0, scale: scale) } ?? gap })
    }

    /// The mark for one value on `scale`.
    public static func mark(_ value: Double, scale: ClosedRange<Double>) -> Character {
        let span = scale.upperBound - scale.lowerBound
        guard span > 0, value.isFinite else { return levels[0] }
        let fraction = (min(max(value, scale.lowerBound), scale.upperBound) - scale.lowerBound) / span
        return levels[Int((fraction * Double(levels.count - 1)).rounded())]
    }

    /// "▁ 1 … █ 10": what the lowest and highest marks stand for.
    public static func legend(scale: ClosedRange<Double>) -> String {
        "\(levels[0]) \(number(scale.lowerBound)) … \(levels[levels.count - 1]) \(number(scale.upperBound))"
    }

    private static func number(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(v)
    }
}
