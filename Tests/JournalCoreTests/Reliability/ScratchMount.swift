import Foundation

/// A small tmpfs mounted for one test, to stand in for a full or read-only disk for real.
/// Mounting needs root and a kernel that allows it; `make()` returns nil where it cannot.
struct ScratchMount {
    let path: String

    /// Whether a tmpfs can be mounted here (root and a kernel that allows it), tried once; tests that
    /// need one are enabled by it, so where it cannot the runner reports them as skipped.
    static let isAvailable: Bool = {
        guard let probe = make(size: "16k") else { return false }
        probe.unmount()
        return true
    }()

    static func make(size: String = "64k") -> ScratchMount? {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("onward-mount-" + UUID().uuidString).path
        guard (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)) != nil else { return nil }
        guard run(["/bin/mount", "-t", "tmpfs", "-o", "size=\(size),mode=0700", "tmpfs", path]) else {
            try? FileManager.default.removeItem(atPath: path)
            return nil
        }
        return ScratchMount(path: path)
    }

    /// Makes the mount read-only (true when it worked).
    func makeReadOnly() -> Bool { Self.run(["/bin/mount", "-o", "remount,ro", path]) }

    func unmount() {
        _ = Self.run(["/bin/umount", "-l", path])
        try? FileManager.default.removeItem(atPath: path)
    }

    private static func run(_ arguments: [String]) -> Bool {
        guard FileManager.default.isExecutableFile(atPath: arguments[0]) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
