import Testing
@testable import JournalCore

/// The byte-slicing path for ASCII text must cut snippets exactly where the grapheme path does.
@Suite("Snippet")
struct SnippetTests {
    @Test func asciiPathAgreesWithTheGraphemePath() {
        var rng = SplitMix64(seed: 7)
        let alphabet = Array("abc de  fgh ij-k.l,m".utf8)
        for _ in 0..<2_000 {
            let before = String(decoding: (0..<Int.random(in: 0...60, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }, as: UTF8.self)
            let from = String(decoding: (0..<Int.random(in: 1...120, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }, as: UTF8.self)
            let width = Int.random(in: 10...100, using: &rng)
            let fast = Snippet.fitASCII(before: Substring(before), from: from, width: width)
            let slow = Snippet.fitGraphemes(before: Substring(before), from: from, width: width)
            #expect(fast == slow, "before \"\(before)\" from \"\(from)\" width \(width)")
        }
    }

    @Test func longLineIsCutAroundTheMatch() {
        let text = "The recruiter said the team loved my portfolio but went with someone who had more years in fintech, which I cannot change."
        let bytes = Array(text.utf8)
        let at = Array(text.utf8).firstRange(of: Array("portfolio".utf8))!.lowerBound
        let snippet = Snippet.make(bytes, matchAt: at, length: 9, width: 50)
        #expect(snippet.hasPrefix("…"))
        #expect(snippet.hasSuffix("…"))
        #expect(snippet.contains("portfolio"))
        #expect(DisplayWidth.of(snippet) <= 50)
    }

    @Test func accentedLineTakesTheGraphemePath() {
        let text = String(repeating: "déçu encore ", count: 12) + "entretien"
        let bytes = Array(text.utf8)
        let at = bytes.count - "entretien".utf8.count
        let snippet = Snippet.make(bytes, matchAt: at, length: 9, width: 40)
        #expect(snippet.hasPrefix("…") && snippet.hasSuffix("entretien"))
        #expect(DisplayWidth.of(snippet) <= 40)
    }
}

/// The scalar-by-scalar tidy that the byte version replaced, kept as the reference.
private func referenceTidy(_ text: String, keepTrailingSpace: Bool) -> String {
    var out = ""
    var pendingSpace = false
    for scalar in text.unicodeScalars {
        let v = scalar.value
        let isSpace = v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) || v == 0x20 || v == 0x2028 || v == 0x2029
            || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069) || v == 0xFEFF
        if isSpace {
            pendingSpace = true
        } else {
            if pendingSpace && !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.unicodeScalars.append(scalar)
        }
    }
    if pendingSpace && keepTrailingSpace && !out.isEmpty { out.append(" ") }
    return out
}

extension SnippetTests {
    @Test func byteTidyAgreesWithTheScalarReference() {
        let pieces: [String] = ["a", " ", "\t", "\n", "\u{7F}", "\u{85}", "\u{A0}", "é", "\u{2028}", "\u{202E}", "\u{2066}",
                                "\u{2069}", "\u{206A}", "\u{FEFF}", "\u{1B}[31m", "🌱", "日", "\u{2027}", "\u{202F}", "ü"]
        var rng = SplitMix64(seed: 11)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            for keep in [true, false] {
                #expect(String(decoding: Snippet.tidy(ArraySlice(text.utf8), keepTrailingSpace: keep), as: UTF8.self) == referenceTidy(text, keepTrailingSpace: keep),
                        "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }
}
