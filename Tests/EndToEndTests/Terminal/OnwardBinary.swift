import Foundation

/// Where the built `onward` binary is: `$ONWARD_BIN` (set by `make test`), else the debug build folder.
enum OnwardBinary {
    static var path: String {
        if let env = ProcessInfo.processInfo.environment["ONWARD_BIN"], !env.isEmpty { return env }
        // Tests/EndToEndTests/Terminal/OnwardBinary.swift -> package root
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/onward").path
    }
}
