import Foundation
import JournalCore

/// Picks the guides: the built-in set, with the person's own guides from
/// `$XDG_CONFIG_HOME/onward/guides/NAME.md` added or put in place of a built-in one by name,
/// and their one-file `guide.md` as the reflection. A guide that cannot be used is left out
/// with a warning naming the line that is wrong; the built-in one of that name stays.
enum GuideLoader {
    /// The most files read from the guides folder: more is a folder of something else.
    static let folderLimit = 100

    /// The guides on offer, and one sentence for each own guide that could not be used.
    static func loadLibrary(environment: [String: String]) -> (library: GuideLibrary, warnings: [String]) {
        var own: [Guide] = []
        var warnings: [String] = []
        if let folder = userGuidesFolder(environment: environment) {
            let names = ((try? PosixFileSystem().list(folder)) ?? []).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
            for name in names.prefix(folderLimit) {
                let stem = String(name.dropLast(3))
                switch read(folder + "/" + name, defaultName: stem) {
                case .success(let guide?): own.append(guide)
                case .success(nil): break
                case .failure(let problem):
                    // Only a guide onward has built in can fall back; a new one is simply not offered.
                    warnings.append(GuideLibrary.builtIn.guide(named: stem) == nil
                        ? problem.sentence.replacingOccurrences(of: "so the built-in one was used", with: "so it was left out")
                        : problem.sentence)
                }
            }
        }
        if let path = userGuidePath(environment: environment) {
            switch read(path, defaultName: Guide.reflectionName) {
            case .success(var guide?):
                guide.name = Guide.reflectionName  // the one-file guide is always the reflection
                own.append(guide)
            case .success(nil): break
            case .failure(let problem): warnings.append(problem.sentence)
            }
        }
        return (GuideLibrary.builtIn.replacing(with: own), warnings)
    }

    /// The reflection in use, with a warning when the person's own could not be used.
    static func load(environment: [String: String]) -> (guide: Guide, warning: String?) {
        let loaded = loadLibrary(environment: environment)
        return (loaded.library.reflection, loaded.warnings.first)
    }

    /// Why a guide file could not be used.
    struct Problem: Error {
        var sentence: String
    }

    /// The guide in the file at `path`; nil when there is no file there.
    static func read(_ path: String, defaultName: String) -> Result<Guide?, Problem> {
        // Read without blocking: a FIFO or device at the guide's path is reported, not waited on.
        let bytes: [UInt8]
        do { bytes = try PosixFileSystem().readFollowingLinks(path, limit: 4 << 20) } catch {
            if error.code == ENOENT { return .success(nil) }
            return .failure(Problem(sentence: "your guide at \(path) cannot be read (\(StoreError.explanation(of: error.code))), so the built-in one was used."))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(Problem(sentence: "your guide at \(path) could not be read as UTF-8 text, so the built-in one was used."))
        }
        do {
            return .success(try GuideParser.parse(text, defaultName: defaultName))
        } catch {
            return .failure(Problem(sentence: "your guide at \(path) has a problem at \(error.description), so the built-in one was used."))
        }
    }

    /// The folder onward reads from: `$XDG_CONFIG_HOME/onward`, else `~/.config/onward`.
    static func configFolder(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/onward" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/onward" }
        return nil
    }

    static func userGuidePath(environment: [String: String]) -> String? {
        configFolder(environment: environment).map { $0 + "/guide.md" }
    }

    /// The folder of the person's own guides, one `NAME.md` file each.
    static func userGuidesFolder(environment: [String: String]) -> String? {
        configFolder(environment: environment).map { $0 + "/guides" }
    }
}
