import Foundation

/// Turns free text (a company name) into a short file-name-safe slug: `Café Ünïcorn Ltd.` -> `cafe-unicorn-ltd`.
public enum Slug {
    private static let transliterations: [Unicode.Scalar: String] = [
        "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h",
    ]

    public static func make(_ text: String, maxLength: Int = 40) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var out = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            let v = scalar.value
            // Letters that folding leaves alone but that have a usual ASCII spelling.
            let ascii: String
            if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7a) { ascii = String(scalar) }
            else if let spelled = transliterations[scalar] { ascii = spelled }
            else { pendingDash = true; continue }
            let piece = (pendingDash && !out.isEmpty ? "-" : "") + ascii
            pendingDash = false
            if out.count + piece.count > maxLength {
                out += piece.prefix(maxLength - out.count)
                break
            }
            out += piece
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
