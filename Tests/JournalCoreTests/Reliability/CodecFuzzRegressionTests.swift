import Foundation
import Testing
@testable import JournalCore

/// Inputs the libFuzzer target (`make fuzz`) found, kept so each fix stays fixed. The
/// property is the fuzzer's: whatever decodes encodes to text that decodes to the same
/// entry, and encoding again gives the same text.
@Suite("Codec fuzz regressions")
struct CodecFuzzRegressionTests {
    /// The fuzzer's property, as a test.
    static func checkRoundTrip(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let fallback = EntryID("2026-01-01-0000-note")
        guard case .success(let entry) = EntryFileReader.decode(bytes, fallbackID: fallback) else { return }
        let text = EntryCodec.encode(entry)
        switch EntryFileReader.decode(Array(text.utf8), fallbackID: fallback) {
        case .failure(let error):
            Issue.record("the encoded entry does not decode (\(error)):\n\(text)", sourceLocation: sourceLocation)
        case .success(let again):
            #expect(again == entry, sourceLocation: sourceLocation)
            #expect(EntryCodec.encode(again) == text, sourceLocation: sourceLocation)
        }
    }

    /// crash-5c3ceaed: a comment above the first key, holding a control byte, was written
    /// after the known keys, joined the `tags` value and made it invalid YAML.
    @Test func leadingCommentWithControlByteStaysOnTop() throws {
        let bytes = try #require(Data(base64Encoded: "LS0tCiMBYXkgb3duLS0tCmlkOiAyMDI2LTExLTI3LTE0MDUtcmVmbGVjdGlvbi1hY21lCmtpbmQ6IHJlZmxlY3Rpb24KY3JlYXRlZDogMjAyNi0xMS0yN1QxNDowNTowMCswMTowMAp1cGRhdGVkOiAyMDI2LTExLTI3VDE0OjMxOjEyKzAxOjAwCmNvbXBhbnk6IEFjbWUKcm9sZTogQmFja2VuZCBFbmdpbmVlcgpzdGFnZTogZmluYWwtaW50ZXJ2aWV3CmVtb3Rpb25zOiBbZGlzYXBwb2ludGVkLCBmcnVzdHJhdGVkXQppbnRlbnNpdHlfYmVmb3JlOiA3CmludGVuc2l0eV9hZnRlcjogNQp0YWdzOiBbcmVqZWN0aW9uLCBCaWctVGVjaF0KcGxheWxpc3Q6ICJzb25ncyBmb2luZS0gIHNyIGJhZCBkYXlzIgotLS0KIyBBY21lLCBCYWNrZW5kIEVuZ2luIFtzZW50IHR3ZWNvbmQgbGl0aW9uCi0gNDAwNjptYXAKLS0tClNvcy4KCmBgYAowIyBwCi0tLQpTb3MuCgpgYGAKMCMgTm90IGEgaGV1dG8gYXBwbGljYXRpb25zXQotLS0KIyBDaGVjay1pbgoKIyMgdCBOb3RlClJhbiBhbG9uZyB0aGVoaWUKIHJpdmVyLiBBcHBsaWNhdGlvbnMgdw=="))
        Self.checkRoundTrip(Array(bytes))
    }

    @Test func leadingCommentIsWrittenAboveTheKeys() throws {
        let text = "---\n# my own notes\nid: 2026-01-01-0900-note\nkind: note\ncreated: 2026-01-01T09:00:00Z\nplaylist: x\n---\nbody\n"
        let entry = try EntryCodec.decode(text)
        #expect(EntryCodec.encode(entry).hasPrefix("---\n# my own notes\nid: "))
        Self.checkRoundTrip(Array(text.utf8))
    }

    /// crash-85ccb00a: comments under a known key were written at the end, where they joined
    /// the value of the last unknown key; now all such comments go above the first key.
    @Test func commentsUnderKnownKeysRoundTrip() throws {
        let bytes = try #require(Data(base64Encoded: "LS0tCiMgTXkgb3duIG5vMG9zIGFib3V0IHRoKWlzIGVudHJ5CmtpbmQ6IHJlZmxlY3Rpb24KY3JlYXRlZDogMjAyNi0xMC0wMlQxMDowMDowMFoKY29tcGFueTogR2xvYmV4CnNFb3VyY2U6IExpbmtlZEluCmNvbnRhY3RzX2xhc3Q6CiBudWxsbGljZQogIC0gQm9iCnNhbGFyeToKICBhc2tlZDogOTAwMDAKICBvZmZlcmVkOiBudWxsCm5vdGVzOiB8CiAgZmlyc3QgbGluZQogIHNlY29uZCBsaW5lCnRhZ3M6CiMjIExlc3NvbnNuCi0gImxvbmcgc2hvdCIKLS0tClNvbWUgdGV4dCBiZWZvcmUgYW55IGhlYWRpbmcuCgojIyBMZXNzb25zCisgUmVzZWFyY2ggdGhlIHRlYW0gZnQKaXJz77u/KyMgQXNrIGJldHRlciBxdWVzdGlvbnMKCiMjIE15IG93biBzZS0tLQppZDogMjAyNi0wMS0wMS0wMDAwLXRub2UKa2luZDogbmN0aW9vbgpBbnQ="))
        Self.checkRoundTrip(Array(bytes))
    }

    @Test func commentUnderAKnownKeyBeforeABlockScalar() throws {
        let text = "---\n# top\nid: 2026-01-01-0900-note\nkind: note\n# about the kind\ncreated: 2026-01-01T09:00:00Z\nnotes: |\n  one\n  two\n---\nbody\n"
        let entry = try EntryCodec.decode(text)
        #expect(EntryCodec.encode(entry).hasPrefix("---\n# top\n# about the kind\nid: "))
        Self.checkRoundTrip(Array(text.utf8))
    }

    /// crash-30435377: a run of CRs before a LF lost one CR per rewrite, so the text kept changing.
    @Test func runsOfCarriageReturnsRoundTrip() throws {
        let bytes = try #require(Data(base64Encoded: "LS0tCmlkOiAyMDI2LTExLTI3LTE0MDUtcmVmbGVjdGlvbi1hY21lCmtpbmQ6IHJlZmxlY3Rpb24KY3JlYXRlZDogMjAyNi0xMS0yN1QxNDowNTowMCswMTowMAp1cGRhdGVkOiAyMDI2LTExLTI3VDE0OjMxOjEyKzAxOjAwCi0tLQppZDogMjAyNu+7vy0wMQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NIg0NDQ0hIXN0cg0NDQ0NDQ0NDQ0NCiAgeDogWzEsIHsyfV0gJ2l0Ci0tLQpwY29tcGFueTogQWNtZQpyb2xlOiBCYWNrZW5kIEVuZ2luZWVyCnN0YWdlOiBmaW5hbC1pbnRlcnZpZXcKZW1vdGlvbnM6IC9bZGlzYXBwb2ludGVkLCBmcnVzdHJhdGVkXQppbnRlbnNpdHlfYmVmb3JlOiA3CmluLi4uc2l0eV9hZnRlcjogNQp0YWdzOiBbcmVqZWN0aW9uLCBCaWctVGU+aF0KcGxheWxpc3JlMTJ0Oi0wMSMj"))
        Self.checkRoundTrip(Array(bytes))
        let text = "---\nid: 2026-01-01-0900-note\nkind: note\ncreated: 2026-01-01T09:00:00Z\n---\nline\r\r\r\nnext\r\r"
        #expect(try EntryCodec.decode(text).preamble == "line\nnext")
        Self.checkRoundTrip(Array(text.utf8))
    }

    /// crash-336cfc69: a bare "# " line read as an empty title, which the writer leaves out.
    @Test func bareHashLineStaysText() throws {
        let bytes = try #require(Data(base64Encoded: "LS0tCmlkOiAyMDI2LTEyLTI3LTE0MDUtcmVmZWxjdGlvbi1hY21lCmtpbmQ6IHJlZmxlY3Rpb24KY3JlYXRlZDogMjAyNi0xMS0yN1QxNDowNTowMCswMTowMAp1cGVyOiAKLS0tCiMgCkFjbWUsIEJhY2tlbmQgRTI2Zy0xMS0zMC00Nm5kIHQKaGUgYW5yIHN0aQ=="))
        Self.checkRoundTrip(Array(bytes))
        let text = "---\nid: 2026-01-01-0900-note\nkind: note\ncreated: 2026-01-01T09:00:00Z\n---\n# \n# Real title\nbody\n"
        let entry = try EntryCodec.decode(text)
        #expect(entry.title == nil)
        Self.checkRoundTrip(Array(text.utf8))
    }

    /// crash-da40ac39: "## Lessons\r " kept a CR at the end of the heading, lost on the next read.
    @Test func carriageReturnAtTheEndOfAHeading() throws {
        let bytes = try #require(Data(base64Encoded: "LS0tCmlkOiAyMDI2LTExLTI4LTA4MTAtY2hhY2stLS0KIyBNeSBvd24gbm90ZXMgYWJvdXQgdGhpcyBlbnRyeQpraW5kOiByZWZsZWN0aW9uCmNyZWF0ZWQ6IDIwMjYtMTAtMDJUMTA6MDA6MDBaCmNvbXBhbnk6IEdsb2JleApzb3VyY2U6IExpbmsuZEluCmNvbnRhY3RzX2xpc3Q6CiAgLSBBbGljZQogIC0gQm9iCnNhbGFyeToKICBhc2tlZDogODAwMDAKICBvZmZlcmVkOiBudWxsCm5vdGVzOiB8CiAgZmlyc3QgbGluZQogIHNlYwotLS0NCiMgR2xvYmV4LCBQbGF0Zm9ybSBFbmdpbmVlcg0KDQojIyBMZXNzb25zDSAKLSBQcmFjdGlzZSBsaXZlIGRvZGluZyBvdXQgbG91ZA0KDQojIyBNdXNpYyB0aGF0IGhlbHBlZA0KVGggcmVwZWF0Lg0KDQojIyBBY015IG93biBzZWN0aW9uCkFueXRoaW5nIEkgbGlrZSwga2VwdCBhcyBpdCBpcy4KCmBgYAojIyBOb3QgMjAyNi0xMS0yOFQwODoxb3QgYSBidWxsZXQKYGBgCgojIyBBY2hpZXZlbWVudCBpdCBpcy4KCmBgYAojIyBOb3QgMjAyNi0xMS0yMlQwODoxb3QgYSANCiMjIE11c2ljIHRoYXQgaGVscGVkDQpUaGUgc2FtZSBhbGJ1bSBvbiByZXBlYXQuDQoNCiMjIEFjTXkgb3duIHNlY3Rpb24KQW55dGgtIGcgSSBsaWtlLCBrZXB0IGFzIGl0IGlzLgoKYGBgbGV0CmBgYAoKIyMgQWNoaWV2ZW1lbnQgaXQgaXMuCgpgYGAKIyMgTm90IDIwMjYtMTEtMjhUMDg6CgpgYGAKIyMgTm90IDIwMjYtMTEtMjhUMDg6MW90IGEgYnVsbGV0CmBgYAoKIyMgQWNoaWV2ZW1lbnQgaXQgaXMuCgpgYGAKIyMgTm90IAojIyBOb3QgMjAyNi0xMS0yOFQwODoxb3QgYSBidWxsZXQKYGBgCgojIyBBY2hpZXZlbWVudCBpdCBpcy4KCmBgYAojIyBOb3QgMjAyNi0xMS0yOFQwODoxb3QgYSBidWxsZXQKYGBgCgojIyBBY2hpZXZlbWVudHMKLSBQYXNzZWQg"))
        Self.checkRoundTrip(Array(bytes))
        let text = "---\nid: 2026-01-01-0900-note\nkind: note\ncreated: 2026-01-01T09:00:00Z\n---\n# Title\r \n## Lessons\r \n- one\n"
        let entry = try EntryCodec.decode(text)
        #expect(entry.title == "Title" && entry.sections.first?.heading == "Lessons")
        Self.checkRoundTrip(Array(text.utf8))
    }

    /// crash-3823a379: an `id:` that reads as empty was kept, then left out by the writer.
    @Test func emptyIDFallsBackToTheFileName() throws {
        let bytes = try #require(Data(base64Encoded: "LS0tCiMgTXlubzBvcyBhF2FnczogW110IHRoKWlzJGVudHJ5CmtpbmQ6IHJlZmxlY3Rpb24KY3JlYXRlZDogMjAyNi0xMC0wMlQxMDowMDowMFoKY29tcGFueTogR2xvYmV4CnNFb3VyY2U6ICFMaW5rZWwKbm90ZXM6IHwKICBmaXJzdCBsaW5lCiAgfiB0cnUtCmlkOiAgDT4NIyLimJfvuI8gdwotLS0KIHQ="))
        Self.checkRoundTrip(Array(bytes))
        let text = "---\nid: \"\"\nkind: note\ncreated: 2026-01-01T09:00:00Z\n---\nbody\n"
        #expect(try EntryCodec.decode(text, fallbackID: EntryID("2026-01-01-0900-note")).id == EntryID("2026-01-01-0900-note"))
        Self.checkRoundTrip(Array(text.utf8))
    }
}
