import Yams

/// Reads `config.yaml` with Yams. A broken YAML document is one problem and no values; a
/// single bad value is a problem on its line while the other values still count.
public enum ConfigParser {
    /// The values of `text` and every problem found, each with its line; `usable` is false
    /// when the document as a whole could not be read, so nothing in it counts.
    public static func parse(_ text: String) -> (file: ConfigFile, problems: [ConfigProblem], usable: Bool) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            var found = problem(from: error)
            // libyaml points past the end for an unclosed bracket or quote; name the last line instead.
            let lastLine = max(1, TextLines.split(text).count - (text.hasSuffix("\n") ? 1 : 0))
            if let line = found.line, line > lastLine { found.line = lastLine }
            return (ConfigFile(), [found], false)
        }
        guard let root else { return (ConfigFile(), [], true) }  // an empty file sets nothing
        guard let mapping = root.mapping else {
            return (ConfigFile(), [ConfigProblem(line: line(root), "the file should be a list of `key: value` settings")], false)
        }
        var reader = Reader()
        for (keyNode, valueNode) in mapping {
            reader.read(key: keyNode, value: valueNode)
        }
        return (reader.file, reader.problems, true)
    }

    /// Accumulates values and problems while walking the top-level mapping.
    private struct Reader {
        var file = ConfigFile()
        var problems: [ConfigProblem] = []

        mutating func read(key keyNode: Node, value: Node) {
            let key = keyNode.string ?? ""
            let at = line(keyNode)
            switch key {
            case "journal": file.journal = text(value, key, at)
            case "editor": file.editor = text(value, key, at)
            case "color", "colour":
                file.color = choice(value, key, at, ColorMode.allCases.map(\.rawValue)).flatMap { v in
                    ColorMode(rawValue: v.value).map { ConfigFile.Value(value: $0, line: v.line) }
                }
            case "show_streak": file.showStreak = flag(value, key, at)
            case "invitations": file.invitations = flag(value, key, at)
            case "week_start":
                file.weekStart = choice(value, key, at, Weekday.allCases.map(\.rawValue)).flatMap { v in
                    Weekday(rawValue: v.value).map { ConfigFile.Value(value: $0, line: v.line) }
                }
            case "weekly_goals": readGoals(value, at)
            case "git_autocommit": file.gitAutocommit = flag(value, key, at)
            case "support_line": file.supportLine = text(value, key, at)
            case "career_resources": file.careerResources = text(value, key, at)
            case "quiet_after_days":
                // Zero would call every application quiet on the day it is sent.
                file.quietAfterDays = count(value, key, at, from: 1)
            default:
                problems.append(ConfigProblem(line: at, "`\(key)` is not a setting onward knows (it knows \(ConfigFile.keys.joined(separator: ", ")))"))
            }
        }

        private mutating func readGoals(_ node: Node, _ at: Int) {
            if isNull(node) { return }
            guard let goals = node.mapping else {
                problems.append(ConfigProblem(line: at, "`weekly_goals` should hold `applications: N` and `contacts: N` on indented lines"))
                return
            }
            for (keyNode, value) in goals {
                let key = keyNode.string ?? ""
                let keyLine = line(keyNode)
                switch key {
                case "applications": file.goalApplications = count(value, "weekly_goals.applications", keyLine)
                case "contacts": file.goalContacts = count(value, "weekly_goals.contacts", keyLine)
                default: problems.append(ConfigProblem(line: keyLine, "`weekly_goals` knows `applications` and `contacts`, not `\(key)`"))
                }
            }
        }

        private mutating func text(_ node: Node, _ key: String, _ at: Int) -> ConfigFile.Value<String>? {
            if isNull(node) { return nil }
            guard let s = node.scalar?.string, !s.trimmingCharacters(in: .whitespaces).isEmpty else {
                problems.append(ConfigProblem(line: line(node, or: at), "`\(key)` should be a piece of text"))
                return nil
            }
            return ConfigFile.Value(value: s.trimmingCharacters(in: .whitespaces), line: at)
        }

        private mutating func choice(_ node: Node, _ key: String, _ at: Int, _ allowed: [String]) -> ConfigFile.Value<String>? {
            if isNull(node) { return nil }
            guard let s = node.scalar?.string.lowercased(), allowed.contains(s) else {
                problems.append(ConfigProblem(line: line(node, or: at), "`\(key)` should be one of \(allowed.joined(separator: ", "))"))
                return nil
            }
            return ConfigFile.Value(value: s, line: at)
        }

        private mutating func flag(_ node: Node, _ key: String, _ at: Int) -> ConfigFile.Value<Bool>? {
            if isNull(node) { return nil }
            // YAML 1.1 spellings too, since people write `yes` and `no` in config files.
            switch node.scalar?.string.lowercased() {
            case "true", "yes", "on": return ConfigFile.Value(value: true, line: at)
            case "false", "no", "off": return ConfigFile.Value(value: false, line: at)
            default:
                problems.append(ConfigProblem(line: line(node, or: at), "`\(key)` should be true or false"))
                return nil
            }
        }

        /// A whole number up to 1000; one sentence names the range whatever was wrong with the value.
        private mutating func count(_ node: Node, _ key: String, _ at: Int, from low: Int = 0) -> ConfigFile.Value<Int>? {
            if isNull(node) { return nil }
            guard let s = node.scalar?.string, let n = Int(s), (low...1000).contains(n) else {
                problems.append(ConfigProblem(line: line(node, or: at), "`\(key)` should be a whole number from \(low) to 1000"))
                return nil
            }
            return ConfigFile.Value(value: n, line: at)
        }

        private func isNull(_ node: Node) -> Bool {
            guard let scalar = node.scalar, scalar.style == .plain else { return false }
            return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        }
    }

    private static func line(_ node: Node, or fallback: Int = 1) -> Int { node.mark?.line ?? fallback }

    /// Turns a Yams error into one sentence with the line libyaml points at.
    static func problem(from error: Error) -> ConfigProblem {
        guard let yaml = error as? YamlError else { return ConfigProblem(line: nil, "the file is not valid YAML") }
        switch yaml {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return ConfigProblem(line: mark.line, "the file is not valid YAML (\(problem))")
        case let .duplicatedKeysInMapping(duplicates, context):
            return ConfigProblem(line: context.mark.line, "a setting is given twice: \(duplicates.joined(separator: ", "))")
        case .reader:
            return ConfigProblem(line: nil, "the file is not readable text (it should be UTF-8)")
        default:
            return ConfigProblem(line: nil, "the file is not valid YAML")
        }
    }
}

import Foundation
