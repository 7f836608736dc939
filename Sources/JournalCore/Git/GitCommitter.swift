import Foundation

/// Commits each saved entry in the journal's git repository, with a message naming the entry.
/// Only the entry's own path is committed, so anything else the person has staged stays staged.
public struct GitCommitter: EntryCommitter {
    public let root: String
    /// The git program; `git` on the PATH by default.
    public let git: String

    public init(root: String, git: String = "git") {
        self.root = root
        self.git = git
    }

    /// True when `root` is inside a git work tree.
    public static func isRepository(_ root: String, git: String = "git") -> Bool {
        let out = run(git, ["-C", root, "rev-parse", "--is-inside-work-tree"])
        return out.status == 0 && out.output.trimmingCharacters(in: .whitespacesAndNewlines) == "true"
    }

    public func saved(_ relativePath: String) -> String? {
        let add = Self.run(git, ["-C", root, "add", "--", relativePath])
        guard add.status == 0 else { return problem(add.output) }
        // Saving the same text again changes nothing, and that is not a failure.
        if Self.run(git, ["-C", root, "diff", "--cached", "--quiet", "--", relativePath]).status == 0 { return nil }
        return commit(relativePath, message: "onward: save \(EntryFileName.stem(of: relativePath))")
    }

    public func removed(_ relativePath: String, movedTo: String) -> String? {
        // An entry git never knew about leaves nothing to record.
        guard Self.run(git, ["-C", root, "ls-files", "--error-unmatch", "--", relativePath]).status == 0 else { return nil }
        let remove = Self.run(git, ["-C", root, "rm", "--cached", "--quiet", "--", relativePath])
        guard remove.status == 0 else { return problem(remove.output) }
        return commit(relativePath, message: "onward: move \(EntryFileName.stem(of: relativePath)) to the trash")
    }

    private func commit(_ path: String, message: String) -> String? {
        let commit = Self.run(git, ["-C", root, "commit", "--quiet", "-m", message, "--", path])
        guard commit.status == 0 else { return problem(commit.output) }
        return nil
    }

    private func problem(_ output: String) -> String {
        let detail = output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty && !$0.hasPrefix("hint:") } ?? "git failed"
        return "the entry is saved, but git could not commit the change (\(detail))"
    }

    /// Runs git with no terminal attached; its output is returned, never shown.
    static func run(_ git: String, _ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [git] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"  // never ask for anything mid-screen
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return (127, "git could not be started") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
