/// Where the journal lives: `--journal`, else `$ONWARD_JOURNAL`, else the config file's
/// `journal`, else `$XDG_DATA_HOME/onward`, else `~/.local/share/onward`.
///
/// Without HOME there is no safe default (a shared folder such as /tmp would let anyone read
/// or swap the files), and a path starting with `~` has nothing to stand for: both are refused.
public enum JournalLocation {
    /// Why no journal folder could be worked out, as one sentence for the person.
    public struct Unresolved: Error, Equatable, Sendable {
        public let sentence: String
    }

    /// The absolute journal folder, or why there is none.
    public static func locate(flag: String?, environment: [String: String], configured: String? = nil) -> Result<String, Unresolved> {
        if let flag, !flag.isEmpty { return absolute(flag, named: "--journal", environment: environment) }
        if let env = environment["ONWARD_JOURNAL"], !env.isEmpty { return absolute(env, named: "ONWARD_JOURNAL", environment: environment) }
        if let configured, !configured.isEmpty { return absolute(configured, named: "the config file's journal", environment: environment) }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return .success(xdg + "/onward") }
        guard let home = home(environment) else {
            return .failure(Unresolved(sentence:
                "\(homeProblem(environment)), so onward does not know where your journal is; name it with --journal DIR or ONWARD_JOURNAL=DIR"))
        }
        return .success(home + "/.local/share/onward")
    }

    /// The absolute journal folder, or "" when `locate` refuses (a store on "" is refused too).
    public static func resolve(flag: String?, environment: [String: String], configured: String? = nil) -> String {
        (try? locate(flag: flag, environment: environment, configured: configured).get()) ?? ""
    }

    /// `path` made absolute for an option other than the journal (an export target); `~` needs HOME.
    public static func absolutePath(_ path: String, named name: String, environment: [String: String]) -> Result<String, Unresolved> {
        absolute(path, named: name, environment: environment)
    }

    private static func home(_ environment: [String: String]) -> String? {
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return home
    }

    /// Why HOME cannot be used, in words: unset, empty, or not an absolute path.
    private static func homeProblem(_ environment: [String: String]) -> String {
        guard let home = environment["HOME"], !home.isEmpty else { return "HOME is not set" }
        return "HOME is \(SafeText.visible(home)), which is not an absolute path"
    }

    private static func absolute(_ path: String, named name: String, environment: [String: String]) -> Result<String, Unresolved> {
        var p = path
        if p == "~" || p.hasPrefix("~/") {
            guard let home = home(environment) else {
                return .failure(Unresolved(sentence: "\(name) is \(path), but \(homeProblem(environment)), so ~ stands for nothing; give the full path"))
            }
            p = home + p.dropFirst()
        }
        if !p.hasPrefix("/") { p = currentDirectory() + "/" + p }
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return .success(p)
    }

    private static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
