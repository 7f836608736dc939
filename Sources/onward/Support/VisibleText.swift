/// Text from a journal file made safe for a terminal: control characters are shown, not sent.
///
/// A file may hold an escape sequence or a bidi override (pasted, or planted); sent raw it
/// could recolour or rewrite the screen. C0 controls become caret notation (ESC is `^[`),
/// DEL `^?`, C1 and bidi controls `<U+202E>`. Tabs and (in `block`) newlines are kept.
enum VisibleText {
    /// For a one-line field: newlines and tabs are shown too.
    static func line(_ text: String) -> String { convert(text, keepLayout: false) }

    /// For a body of text: newlines and tabs kept, a CR before a newline dropped.
    static func block(_ text: String) -> String { convert(text, keepLayout: true) }

    private static func convert(_ text: String, keepLayout: Bool) -> String {
        if !text.unicodeScalars.contains(where: { needsReplacing($0, keepLayout: keepLayout) }) { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            if keepLayout, scalar == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { continue }
            if needsReplacing(scalar, keepLayout: keepLayout) {
                out.append(contentsOf: replacement(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func needsReplacing(_ s: Unicode.Scalar, keepLayout: Bool) -> Bool {
        let v = s.value
        if keepLayout && (v == 0x0A || v == 0x09) { return false }
        return v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0)
            || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }

    private static func replacement(_ s: Unicode.Scalar) -> String {
        let v = s.value
        if v < 0x20 { return "^" + String(UnicodeScalar(UInt8(v + 0x40))) }
        if v == 0x7F { return "^?" }
        let hex = String(v, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
