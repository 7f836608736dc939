import Foundation
import JournalCore

/// Picks the guide: the person's own `$XDG_CONFIG_HOME/onward/guide.md` when it exists and
/// parses, else the built-in one (with a warning naming the line that is wrong).
enum GuideLoader {
    static func load(environment: [String: String]) -> (guide: Guide, warning: String?) {
        let path = userGuidePath(environment: environment)
        guard let path else { return (Guide.builtIn(), nil) }
        // Read without blocking: a FIFO or device at the guide's path is reported, not waited on.
        let bytes: [UInt8]
        do { bytes = try PosixFileSystem().readFollowingLinks(path, limit: 4 << 20) } catch {
            if error.code == ENOENT { return (Guide.builtIn(), nil) }
            return (Guide.builtIn(), "your guide at \(path) cannot be read (\(StoreError.explanation(of: error.code))), so the built-in guide was used.")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return (Guide.builtIn(), "your guide at \(path) could not be read as UTF-8 text, so the built-in guide was used.")
        }
        do {
            return (try GuideParser.parse(text), nil)
        } catch {
            return (Guide.builtIn(), "your guide at \(path) has a problem at \(error.description), so the built-in guide was used.")
        }
    }

    static func userGuidePath(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/onward/guide.md" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/onward/guide.md" }
        return nil
    }
}
