/// Where the journal lives: `--journal`, else `$ONWARD_JOURNAL`, else the config file's
/// `journal`, else `$XDG_DATA_HOME/onward`, else `~/.local/share/onward`.
public enum JournalLocation {
    public static func resolve(flag: String?, environment: [String: String], configured: String? = nil) -> String {
        if let flag, !flag.isEmpty { return absolute(flag, environment: environment) }
        if let env = environment["ONWARD_JOURNAL"], !env.isEmpty { return absolute(env, environment: environment) }
        if let configured, !configured.isEmpty { return absolute(configured, environment: environment) }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/onward" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return home + "/.local/share/onward"
    }

    private static func absolute(_ path: String, environment: [String: String]) -> String {
        var p = path
        if p == "~" || p.hasPrefix("~/"), let home = environment["HOME"] { p = home + p.dropFirst() }
        if !p.hasPrefix("/") { p = currentDirectory() + "/" + p }
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }

    private static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(cString: buffer)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
