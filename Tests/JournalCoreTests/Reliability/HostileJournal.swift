import Foundation

/// The hostile journal of `Tests/Hostile/make-hostile-journal.sh`, built in a temp folder,
/// and what the doctor must say about each file in it.
struct HostileJournal {
    let root: String
    let outside: String

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Hostile/make-hostile-journal.sh").path

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("onward-hostile-" + UUID().uuidString).path
        root = base + "/journal"
        outside = base + "/outside"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [Self.script, root, outside]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent) }

    static let e = "entries/2026/01/"

    /// Relative path -> words the doctor's reason must contain.
    static let expectedProblems: [String: String] = [
        e + "2026-01-01-0900-note-broken-yaml.md": "is not valid YAML",
        e + "2026-01-01-0901-note-never-closed.md": "never closed",
        e + "2026-01-01-0902-note-no-front-matter.md": "does not start with front matter",
        e + "2026-01-01-0903-note-binary.md": "binary data",
        e + "2026-01-01-0904-note-bad-utf8.md": "not valid UTF-8",
        e + "2026-01-01-0905-note-nul.md": "binary data",
        e + "2026-01-01-0906-note-huge.md": "too large",
        e + "2026-01-01-0907-note-empty.md": "empty",
        e + "2026-01-01-0908-note-folder.md": "not a regular file",
        e + "2026-01-01-0909-note-loop-a.md": "symbolic link",
        e + "2026-01-01-0910-note-loop-b.md": "symbolic link",
        e + "2026-01-01-0911-note-outside.md": "symbolic link",
        "entries/2026/03": "symbolic link",
        e + "2026-01-01-0912-note-dup.md": "is also used by",
        "entries/2026/02/2026-01-01-0912-note-dup.md": "is also used by",
        e + "2026-01-01-0913-note-id-mismatch.md": "onward goes by the file name",
        e + "2026-01-01-0914-note-far-past.md": "does not match its folder",
        e + "2026-01-01-0915-note-far-future.md": "does not match its folder",
        e + "2026-01-01-0916-note-bad-date.md": "must be a date and time",
        e + "2026-01-01-0917-reflection-ansi.md": "control characters",
        e + "2026-01-01-0924-note-laughs.md": "not valid YAML",
        e + "2026-01-01-0925-note-deep.md": "not valid YAML",
        e + "2026-01-01-0926-note-list.md": "where a key was expected",
        e + "2026-01-01-0927-note-tabs.md": "not valid YAML",
        e + "2026-01-01-0928-note-kind.md": "must be reflection, checkin, note or application",
        e + "2026-01-01-0929-note-twice.md": "appears twice",
        e + "2026-01-01-0930-note-only-dashes.md": "never closed",
        e + "2026-01-01-0931-note-fifo.md": "not a regular file",
        e + "2026-01-01-0932-note-checkin.md": "must be a whole number from 1 to 10",
        "2026-01-01-0933-note-stray.md": "outside entries/",
        e + ".2026-01-01-0934-note-temp.md.tmp-999999-1": "temporary file",
    ]

    /// Hostile but readable: they must load and be shown safely.
    static let readable = [
        "2026-01-01-0918-note-osc", "2026-01-01-0919-reflection-bidi", "2026-01-01-0920-note-controls",
        "2026-01-01-0921-note-long-line", "2026-01-01-0922-note-tags", "2026-01-01-0923-note-long-front-matter",
        "2026-01-01-0937-reflection-ansi-body",
    ]

    /// Every file and link under the journal with a fingerprint of its bytes (or link target).
    func fingerprints() -> [String: String] {
        var out: [String: String] = [:]
        let all = (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? []
        for path in all {
            let full = root + "/" + path
            var st = stat()
            guard lstat(full, &st) == 0 else { continue }
            switch st.st_mode & S_IFMT {
            case S_IFLNK: out[path] = "link:" + ((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "?")
            case S_IFREG: out[path] = "\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec):" + Self.hash(full)
            default: out[path] = "other:\(st.st_mode)"
            }
        }
        return out
    }

    private static func hash(_ path: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "unreadable" }
        defer { try? handle.close() }
        var h: UInt64 = 0xcbf29ce484222325
        while let data = try? handle.read(upToCount: 1 << 20), !data.isEmpty {
            for b in data { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        }
        return String(h, radix: 16)
    }
}
