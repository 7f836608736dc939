import Foundation
import JournalCore

/// The settings of this run: the config file is read once, its problems are printed once
/// (on stderr, one line each), and the flags of the command line are laid on top of that one
/// reading however often a command asks.
enum RunSettings {
    /// The config file as read at start, and the settings it gives before any flag.
    struct Reading: Sendable {
        let text: ConfigText?
        let result: SettingsLoader.Result
    }

    static let base: Reading = {
        let environment = ProcessInfo.processInfo.environment
        let text = SettingsLoader.configPath(environment: environment).flatMap(readConfig)
        let result = SettingsLoader.load(environment: environment, readFile: { _ in text })
        for problem in result.problems { Console.error(CLIFailure.sentence(problem)) }
        return Reading(text: text, result: result)
    }()

    /// The settings with the flags applied, from the one reading of the file.
    static func with(journal: String?, color: ColorMode?) -> Settings {
        let reading = base  // reports the file's problems first, once
        return SettingsLoader.load(environment: ProcessInfo.processInfo.environment,
                                   flags: SettingsLoader.Flags(journal: journal, color: color),
                                   readFile: { _ in reading.text }).settings
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
