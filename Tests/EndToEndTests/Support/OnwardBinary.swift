import Foundation

/// Where the built `onward` binary is: `$ONWARD_BIN` (set by `make test`), else the one built
/// next to this test binary (the same scratch path), else `.build/debug/onward` in the package.
enum OnwardBinary {
    static let path: String = {
        let env = ProcessInfo.processInfo.environment
        if let path = env["ONWARD_BIN"], !path.isEmpty { return path }
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: me).deletingLastPathComponent()
        // On macOS the test binary sits inside an .xctest bundle.
        while folder.pathExtension == "xctest" || ["Contents", "MacOS"].contains(folder.lastPathComponent) {
            folder.deleteLastPathComponent()
        }
        let beside = folder.appendingPathComponent("onward").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/onward").path
    }()
}
