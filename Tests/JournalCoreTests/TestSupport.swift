import Foundation
import Testing
@testable import JournalCore
// The helpers every test target shares (temporary folders, seeded randomness, polling).
@_exported import OnwardTestSupport

/// Reads a file under `Fixtures/codec/`.
func codecFixture(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let root = try #require(Bundle.module.path(forResource: "Fixtures", ofType: nil), sourceLocation: sourceLocation)
    let path = root + "/codec/" + name
    let data = try #require(FileManager.default.contents(atPath: path), "missing fixture \(path)", sourceLocation: sourceLocation)
    return try #require(String(data: data, encoding: .utf8), sourceLocation: sourceLocation)
}

/// Decodes, recording the error text when it fails so the test output says why.
func decodeOrFail(_ text: String, fallbackID: EntryID? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> Entry {
    do {
        return try EntryCodec.decode(text, fallbackID: fallbackID)
    } catch {
        Issue.record("decode failed: \(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// The CodecError a text produces; records an issue when it decodes.
func decodeError(_ text: String, fallbackID: EntryID? = EntryID("2026-01-01-0000-note"), sourceLocation: SourceLocation = #_sourceLocation) -> CodecError? {
    do {
        let e = try EntryCodec.decode(text, fallbackID: fallbackID)
        Issue.record("expected a CodecError, got an entry \(e.id)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

func timestamp(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> LocalTimestamp {
    try #require(LocalTimestamp(parsing: text), sourceLocation: sourceLocation)
}

/// The permission bits of a path (without following a final link).
func mode(of path: String) -> mode_t? {
    var st = stat()
    guard lstat(path, &st) == 0 else { return nil }
    return st.st_mode & 0o7777
}

/// A small FNV-1a hash, to show a file was not touched.
func fingerprint(_ bytes: [UInt8]?) -> UInt64? {
    guard let bytes else { return nil }
    var h: UInt64 = 0xcbf29ce484222325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
    return h
}


/// Wraps the real file system and fails chosen operations with an errno, to stand in for a
/// full disk or a read-only folder (tests run as root here, where chmod blocks nothing).
struct FailingFileSystem: ForwardingFileSystem {
    enum Operation: Sendable { case write, makeDirectories, move, remove }
    var base = PosixFileSystem()
    var failing: Set<Operation>
    var code: Int32

    init(failing: Set<Operation>, code: Int32) {
        self.failing = failing
        self.code = code
    }

    func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        if failing.contains(.write) { throw FileSystemError(code: code, path: path) }
        try base.writeAtomically(path, bytes)
    }
    func makeDirectories(_ path: String) throws(FileSystemError) {
        if failing.contains(.makeDirectories) && base.kind(of: path) == .missing { throw FileSystemError(code: code, path: path) }
        try base.makeDirectories(path)
    }
    func move(_ from: String, to: String) throws(FileSystemError) {
        if failing.contains(.move) { throw FileSystemError(code: code, path: from) }
        try base.move(from, to: to)
    }
    func remove(_ path: String) throws(FileSystemError) {
        if failing.contains(.remove) { throw FileSystemError(code: code, path: path) }
        try base.remove(path)
    }
}

