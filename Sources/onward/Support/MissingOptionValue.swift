import ArgumentParser

/// Options that take a person's words (a role, a note, a win) are parsed `.unconditional`, so
/// `--role -dev` or `--note "-5 degrees"` keep their text. That gives up ArgumentParser's check
/// that a value was not forgotten, which this puts back from the words as typed: an option
/// followed by another option's name (`--role --applied 2026-11-01`) is missing its value.
/// `--note="--mood 3"` says plainly that the text begins with dashes, so it is let through.
enum MissingOptionValue {
    /// The sentence refusing the first option in `arguments` whose value is another option's name, or nil.
    static func problem(in arguments: [String], declared: [RepeatedOptions.Declared]) -> String? {
        var takesValue: Set<String> = []
        var spellings: Set<String> = []
        for option in declared {
            spellings.formUnion(option.spellings)
            if option.takesValue { takesValue.formUnion(option.spellings) }
        }
        var i = arguments.startIndex
        while i < arguments.index(before: arguments.endIndex) {
            let word = arguments[i], next = arguments[i + 1]
            if word == "--" { break }
            i += 1
            guard takesValue.contains(word) else { continue }
            let nextName = String(next.prefix { $0 != "=" })
            if next == "--" || (next.hasPrefix("--") && spellings.contains(nextName)) {
                return "\(word) is missing its value (the next word, \(nextName), is an option); write \(word)=\"...\" for text that begins with two dashes."
            }
            i += 1  // the value
        }
        return nil
    }

    /// The subcommand `arguments` name (`app add`, also after `--journal PATH`): each word that
    /// names a subcommand of the one found so far goes one level down; other words are passed by.
    static func command(for arguments: [String], root: ParsableCommand.Type) -> ParsableCommand.Type {
        var current = root
        for word in arguments.prefix(while: { $0 != "--" }) where !word.hasPrefix("-") {
            if let sub = current.configuration.subcommands.first(where: { $0._commandName == word }) { current = sub }
        }
        return current
    }
}
