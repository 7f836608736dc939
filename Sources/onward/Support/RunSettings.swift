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
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue { return .unreadable("it is a folder") }
        guard let data = FileManager.default.contents(atPath: path) else { return .unreadable("permission was denied") }
        guard let text = String(data: data, encoding: .utf8) else { return .unreadable("it is not UTF-8 text") }
        return .text(text)
    }
}
