import JournalCore

/// The config file as read once at the start of a run: its text, why it cannot be read, or
/// nothing when there is no file.
struct ConfigReading: Sendable {
    let text: ConfigText?

    /// Reads the file the environment points at (`$XDG_CONFIG_HOME/onward/config.yaml`, else
    /// `~/.config/onward/config.yaml`).
    static func read(environment: [String: String]) -> ConfigReading {
        ConfigReading(text: SettingsLoader.configPath(environment: environment).flatMap(readConfig))
    }

    /// The file's text, why it cannot be read, or nil when there is none.
    static func readConfig(_ path: String) -> ConfigText? {
        // Read without blocking: a FIFO or a device at the config path is reported, not waited on.
        let bytes: [UInt8]
        do { bytes = try PosixFileSystem().readFollowingLinks(path, limit: 1 << 20) } catch {
            if error.code == ENOENT { return nil }
            return .unreadable(error.code == EFBIG ? "it is over 1 MB" : StoreError.explanation(of: error.code))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .unreadable("it is not UTF-8 text") }
        return .text(text)
    }
}
