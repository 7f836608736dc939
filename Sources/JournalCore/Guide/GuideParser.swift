/// Reads a guide's Markdown (see the comment at the top of `Resources/guides/reflection.md`).
public enum GuideParser {
    /// The settings a guide may give right under its `# Title` line.
    static let guideKeys = ["name", "about", "minutes"]
    /// The settings a step may give right under its `## ` heading.
    static let stepKeys = ["id", "input", "section", "timer"]

    /// Parses `text`; a guide without a `name:` line is called `defaultName` (its file's name).
    public static func parse(_ text: String, defaultName: String = Guide.reflectionName) throws(GuideError) -> Guide {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { l -> Substring in
            l.hasSuffix("\r") ? l.dropLast() : l
        }
        blankOutComments(&lines)
        var title = ""
        var meta: [String: String] = [:]
        var intro: [Substring] = []
        var steps: [GuideStep] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("# ") && title.isEmpty && steps.isEmpty {
                title = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
                index += 1
                meta = try parseSettings(lines, from: &index, allowed: guideKeys, strict: false)
            } else if line.hasPrefix("## ") {
                steps.append(try parseStep(lines, from: &index))
            } else if line.hasPrefix("### ") && steps.isEmpty {
                throw GuideError(line: index + 1, "a prompt (### heading) comes before the first step (## heading)")
            } else {
                if steps.isEmpty { intro.append(line) }
                index += 1
            }
        }
        guard !title.isEmpty else { throw GuideError(line: 1, "the guide has no `# Title` line") }
        guard !steps.isEmpty else { throw GuideError(line: lines.count, "the guide has no steps (## headings)") }
        var seen: Set<String> = []
        for step in steps where !seen.insert(step.id).inserted {
            throw GuideError(line: 1, "two steps have the id `\(step.id)`")
        }
        // A prompt's own section must not share a heading, or one answer would overwrite another.
        let stepHeadings = steps.map { $0.section.lowercased() }
        var promptHeadings: Set<String> = []
        for prompt in steps.flatMap(\.prompts) {
            guard let section = prompt.section?.lowercased() else { continue }
            guard !stepHeadings.contains(section), promptHeadings.insert(section).inserted else {
                throw GuideError(line: 1, "the prompt \"\(prompt.label)\" saves under `\(prompt.section ?? "")`, a heading already in use")
            }
        }
        let name = meta["name"] ?? defaultName
        guard isName(name) else {
            throw GuideError(line: 2, "the name `\(name)` should be lower-case letters, digits and dashes")
        }
        var minutes: Int?
        if let text = meta["minutes"] {
            guard let m = Int(text), (1...600).contains(m) else { throw GuideError(line: 2, "`minutes: \(text)` is not a number of minutes from 1 to 600") }
            minutes = m
        }
        return Guide(name: name, title: title, about: meta["about"] ?? "", minutes: minutes, intro: paragraphs(intro), steps: steps)
    }

    /// True for a usable guide name: it is also a file name and a front-matter value.
    public static func isName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 40 && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Reads `key: value` lines from `index` on, stopping at the first line that is not one.
    /// Not `strict` (under the title), an unknown key ends the settings: it is the intro's first line.
    private static func parseSettings(_ lines: [Substring], from index: inout Int, allowed: [String],
                                      strict: Bool = true) throws(GuideError) -> [String: String] {
        var meta: [String: String] = [:]
        while index < lines.count, let colon = lines[index].firstIndex(of: ":"), !lines[index].hasPrefix("#"),
              lines[index][..<colon].allSatisfy({ $0.isLetter || $0 == "-" }), colon != lines[index].startIndex {
            let key = lines[index][..<colon].lowercased()
            if !strict && !allowed.contains(key) { break }
            guard allowed.contains(key) else {
                throw GuideError(line: index + 1, "unknown setting `\(key)` (use " + allowed.joined(separator: ", ") + ")")
            }
            meta[key] = lines[index][lines[index].index(after: colon)...].trimmingCharacters(in: .whitespaces)
            index += 1
        }
        return meta
    }

    private static func parseStep(_ lines: [Substring], from index: inout Int) throws(GuideError) -> GuideStep {
        let headingLine = index + 1
        let title = lines[index].dropFirst(3).trimmingCharacters(in: .whitespaces)
        index += 1
        let meta = try parseSettings(lines, from: &index, allowed: stepKeys)
        guard let id = meta["id"], !id.isEmpty else { throw GuideError(line: headingLine, "the step \"\(title)\" has no `id:` line") }
        let inputText = meta["input"] ?? "prompts"
        guard let input = GuideInput(rawValue: inputText) else {
            throw GuideError(line: headingLine, "the step \"\(title)\" has `input: \(inputText)`, which is not one of "
                + GuideInput.allCases.map(\.rawValue).joined(separator: ", "))
        }
        var timer: Int?
        if let text = meta["timer"] {
            guard let m = Int(text), (1...180).contains(m) else {
                throw GuideError(line: headingLine, "the step \"\(title)\" has `timer: \(text)`, which is not a number of minutes from 1 to 180")
            }
            timer = m
        }
        var intro: [Substring] = []
        var prompts: [GuidePrompt] = []
        while index < lines.count, !lines[index].hasPrefix("## ") {
            if lines[index].hasPrefix("### ") {
                prompts.append(try parsePrompt(lines, from: &index))
            } else {
                if prompts.isEmpty { intro.append(lines[index]) }
                index += 1
            }
        }
        return GuideStep(id: id, title: title, input: input, section: meta["section"] ?? title,
                         intro: paragraphs(intro), prompts: prompts, timerMinutes: timer)
    }

    private static func parsePrompt(_ lines: [Substring], from index: inout Int) throws(GuideError) -> GuidePrompt {
        let headingLine = index + 1
        var label = lines[index].dropFirst(4).trimmingCharacters(in: .whitespaces)
        var isList = false
        if label.hasSuffix("(list)") { isList = true; label = String(label.dropLast(6)).trimmingCharacters(in: .whitespaces) }
        else if label.hasSuffix("(text)") { label = String(label.dropLast(6)).trimmingCharacters(in: .whitespaces) }
        index += 1
        // An optional `section:` line right under the heading gives the answer a heading of its own.
        var section: String?
        if index < lines.count, lines[index].lowercased().hasPrefix("section:") {
            let value = lines[index].dropFirst("section:".count).trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { throw GuideError(line: index + 1, "the prompt \"\(label)\" has an empty `section:` line") }
            section = value
            index += 1
        }
        var question: [String] = []
        var example: String?
        while index < lines.count, !lines[index].hasPrefix("#") {
            let text = lines[index].trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("e.g.") { example = text }
            else if !text.isEmpty { question.append(text) }
            index += 1
        }
        guard !label.isEmpty else { throw GuideError(line: headingLine, "a prompt heading has no label") }
        guard !question.isEmpty else { throw GuideError(line: headingLine, "the prompt \"\(label)\" has no question under it") }
        return GuidePrompt(label: label, question: question.joined(separator: " "), example: example, isList: isList, section: section)
    }

    /// Blank lines stay; paragraphs are joined into single lines so the screen can wrap them.
    private static func paragraphs(_ lines: [Substring]) -> String {
        var out: [String] = []
        var current: [String] = []
        for line in lines {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.isEmpty {
                if !current.isEmpty { out.append(current.joined(separator: " ")); current = [] }
            } else {
                current.append(t)
            }
        }
        if !current.isEmpty { out.append(current.joined(separator: " ")) }
        return out.joined(separator: "\n\n")
    }

    /// HTML comments are notes for whoever edits the guide, not part of it.
    private static func blankOutComments(_ lines: inout [Substring]) {
        var inside = false
        for i in lines.indices {
            if !inside, lines[i].trimmingCharacters(in: .whitespaces).hasPrefix("<!--") { inside = true }
            if inside {
                let ends = lines[i].contains("-->")
                lines[i] = ""
                if ends { inside = false }
            }
        }
    }
}

import Foundation
