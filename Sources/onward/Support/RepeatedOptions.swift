import ArgumentParser
import Foundation

/// ArgumentParser keeps only the last value of an option given twice (`--mood 3 --mood 5`), so the
/// words of the first would be dropped without a word. This finds, for any command, an option that
/// takes one value and was given more than once; options that take a list are left alone.
enum RepeatedOptions {
    /// One option a command declares: all its spellings, and whether it takes a value and several.
    struct Declared: Equatable {
        var spellings: [String]
        var takesValue: Bool
        var repeats: Bool
    }

    /// The options the command `arguments` name declares, or none when fewer than two words could
    /// be options: then nothing can repeat or stand for a missing value, and most runs (`list`,
    /// `checkin --mood 6`) are spared the declarations' JSON round trip.
    static func declaredIfNeeded(by arguments: [String], root: ParsableCommand.Type) -> [Declared] {
        let optionWords = arguments.prefix { $0 != "--" }.count { $0.hasPrefix("-") && $0.count > 1 }
        return optionWords >= 2 ? declared(MissingOptionValue.command(for: arguments, root: root)) : []
    }

    /// The sentence refusing the first single-value option given twice in `arguments`, or nil.
    static func problem(in arguments: [String], declared: [Declared]) -> String? {
        var bySpelling: [String: Int] = [:]
        for (i, option) in declared.enumerated() { for s in option.spellings { bySpelling[s] = i } }
        var seen: [Int: (spelling: String, value: String?)] = [:]
        var i = arguments.startIndex
        while i < arguments.endIndex {
            let word = arguments[i]
            i += 1
            if word == "--" { break }  // the rest is text
            guard word.hasPrefix("-"), word.count > 1 else { continue }
            let spelling = String(word.prefix { $0 != "=" })
            guard let n = bySpelling[spelling] else { continue }
            let option = declared[n]
            var value: String?
            if let eq = word.firstIndex(of: "=") {
                value = String(word[word.index(after: eq)...])
            } else if option.takesValue, i < arguments.endIndex {
                value = arguments[i]
                i += 1  // the value, even when it looks like an option (`--note --win`)
            }
            guard option.takesValue, !option.repeats else { continue }
            if let first = seen[n] {
                let values = [first.value, value].compactMap { $0 }.map { "'\(VisibleText.line($0))'" }
                let both = values.count == 2 ? " (\(values[0]) and \(values[1]))" : ""
                return "\(first.spelling) was given twice\(both), and it takes one value; give it once."
            }
            seen[n] = (spelling, value)
        }
        return nil
    }

    /// The options `command` declares (its option groups included), read from ArgumentParser's own
    /// description of it, so a new command or option is covered without being listed here.
    static func declared(_ command: ParsableCommand.Type) -> [Declared] {
        guard let data = command._dumpHelp().data(using: .utf8),
              let tool = try? JSONDecoder().decode(Tool.self, from: data) else { return [] }
        return (tool.command.arguments ?? []).compactMap { a in
            guard a.kind == "option" || a.kind == "flag" else { return nil }
            let spellings = (a.names ?? []).map { name in
                (name.kind == "short" ? "-" : name.kind == "longWithSingleDash" ? "-" : "--") + name.name
            }
            return Declared(spellings: spellings, takesValue: a.kind == "option", repeats: a.isRepeating ?? false)
        }
    }

    // The few fields of ArgumentParser's JSON description this reads.
    private struct Tool: Decodable { var command: Command }
    private struct Command: Decodable { var arguments: [Argument]? }
    private struct Argument: Decodable {
        var kind: String
        var names: [Name]?
        var isRepeating: Bool?
    }
    private struct Name: Decodable { var kind: String; var name: String }
}
