import Foundation

/// A small tmpfs for one test, to fill up for real; nil where mounting is not allowed.
struct ScratchDisk {
    let path: String

    /// Whether a tmpfs can be mounted here (root and a kernel that allows it), tried once; tests that
    /// need one are enabled by it, so where it cannot the runner reports them as skipped.
    static let isAvailable: Bool = {
        guard let probe = make(size: "16k") else { return false }
        probe.unmount()
        return true
    }()

    static func make(size: String) -> ScratchDisk? {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("onward-disk-" + UUID().uuidString).path
        guard (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)) != nil,
              (try? ChildProcess.run(["mount", "-t", "tmpfs", "-o", "size=\(size),mode=0700", "tmpfs", path]))?.status == 0 else {
            try? FileManager.default.removeItem(atPath: path)
            return nil
        }
        return ScratchDisk(path: path)
    }

    /// Writes a filler file until the disk is full.
    func fill() {
        // CLOEXEC: a child spawned meanwhile by another test must not hold the filler's space after `free`.
        let fd = open(path + "/filler", O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        var chunk = [UInt8](repeating: 0x61, count: 1024)
        while chunk.withUnsafeMutableBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
        close(fd)
    }

    func free() { unlink(path + "/filler") }

    func unmount() {
        _ = try? ChildProcess.run(["umount", "-l", path])
        try? FileManager.default.removeItem(atPath: path)
    }
}
