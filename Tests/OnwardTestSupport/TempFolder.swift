import Foundation

/// A fresh folder under the temporary directory. It is removed by `cleanUp()`, and in any case
/// when the last reference goes, so a test that forgets (or fails before its `defer`) leaves
/// nothing behind.
public final class TempFolder: Sendable {
    public let path: String

    /// Creates `<tmp>/<prefix><uuid>`.
    public init(prefix: String = "onward-tests-") throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent(prefix + UUID().uuidString).path
        // An explicit 0700, not the process umask: a test that changes the umask runs beside
        // others, and a folder made meanwhile as 0777 is one onward rightly refuses to write to.
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    deinit { cleanUp() }

    /// Removes the folder and everything in it, even what a test made read-only.
    public func cleanUp() {
        TempFolder.remove(path)
    }

    /// Removes `path` and all under it, restoring write permission first (a test may take it away).
    public static func remove(_ path: String) {
        _ = try? FileManager.default.subpathsOfDirectory(atPath: path).forEach { chmod(path + "/" + $0, 0o700) }
        chmod(path, 0o700)
        try? FileManager.default.removeItem(atPath: path)
    }

    public func write(_ relative: String, _ bytes: [UInt8]) throws {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: full, contents: Data(bytes)) else { throw CocoaError(.fileWriteUnknown) }
    }

    public func write(_ relative: String, _ text: String) throws { try write(relative, Array(text.utf8)) }

    public func read(_ relative: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path + "/" + relative).map { Array($0) }
    }

    public func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + relative) }

    /// Every path under the folder, relative, sorted.
    public func allPaths() -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []).sorted()
    }
}
