/// Turns a file's bytes into an entry or a clear reason why not.
public enum EntryFileReader {
    /// Entries larger than this are reported rather than read: no one types 10 MB in a journal.
    public static let sizeLimit = 10 * 1024 * 1024

    public static func decode(_ bytes: [UInt8], fallbackID: EntryID?) -> Result<Entry, CodecError> {
        if bytes.isEmpty { return .failure(CodecError("the file is empty")) }
        if ByteScan.containsNUL(bytes) { return .failure(CodecError("the file contains binary data (NUL bytes)")) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(CodecError("the file is not valid UTF-8 text"))
        }
        do {
            return .success(try EntryCodec.decode(text, fallbackID: fallbackID))
        } catch {
            return .failure(error)
        }
    }
}
