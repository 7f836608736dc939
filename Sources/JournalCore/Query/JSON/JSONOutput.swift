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
        return escapingInvisibles(String(decoding: data, as: UTF8.self))
    }

    /// Writes C1 controls, bidi marks, embeddings and isolates, and line and paragraph
    /// separators as `\uXXXX`: the same JSON to a parser, but printed raw to a terminal they
    /// would reorder or hide the text around them (a hostile entry could disguise itself).
    static func escapingInvisibles(_ json: String) -> String {
        // All of them are two- or three-byte sequences starting 0xC2 or 0xE2.
        guard json.utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 }) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            let v = scalar.value
            let invisible = (0x80...0x9F).contains(v) || v == 0x200E || v == 0x200F || (0x2028...0x202E).contains(v)
                || (0x2066...0x2069).contains(v)
            if invisible {
                let hex = String(v, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
