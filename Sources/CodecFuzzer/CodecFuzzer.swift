// The libFuzzer target for the entry codec (`make fuzz`). Its body is compiled only with
// -DONWARD_FUZZ, which the Makefile passes together with the sanitizer flags; a plain
// `swift build` makes an empty program, so the product costs nothing in normal builds.
#if ONWARD_FUZZ
import JournalCore

/// Properties checked on every input: decoding never crashes, and whatever decodes
/// survives a round trip (encode, decode again: same entry; encode again: same text).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let fallback = EntryID("2026-01-01-0000-note")
    guard case .success(let entry) = EntryFileReader.decode(bytes, fallbackID: fallback) else { return 0 }
    let text = EntryCodec.encode(entry)
    guard case .success(let again) = EntryFileReader.decode(Array(text.utf8), fallbackID: fallback) else {
        fatalError("encoded entry does not decode:\n\(text)")
    }
    if again != entry { fatalError("round trip changed the entry:\n\(entry)\n---\n\(again)\n---\n\(text)") }
    let text2 = EntryCodec.encode(again)
    if text2 != text { fatalError("encode is not idempotent:\n\(text)\n---\n\(text2)") }
    return 0
}
#else
/// Without -DONWARD_FUZZ this is an empty program (see the note at the top).
@main
enum CodecFuzzer {
    static func main() {}
}
#endif
