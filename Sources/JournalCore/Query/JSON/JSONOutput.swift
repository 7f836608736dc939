import Foundation

/// Encodes the `--json` documents of `list`, `search`, `stats` and `insights`.
///
/// The format is a contract for scripts: keys are snake_case and sorted, days are
/// `YYYY-MM-DD` strings, moments are ISO 8601 strings with their UTC offset, and an optional
/// value that is unknown is left out rather than written as null. Every document carries
/// `format_version` (now 1); a change that removes or renames a key will raise it.
public enum JSONOutput {
    /// The version written in every document.
    public static let formatVersion = 1

    /// Pretty-printed JSON with sorted keys, ending without a newline.
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // The models hold only strings, numbers, booleans and arrays of them, so this cannot fail.
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
