/// Writes a guide back as Markdown that `GuideParser` reads into the same guide: for
/// `onward guide --check` and for tests that a guide survives the round trip.
public enum GuideWriter {
    public static func text(of guide: Guide) -> String {
        var out = ["# " + guide.title, "name: " + guide.name]
        if !guide.about.isEmpty { out.append("about: " + guide.about) }
        if let minutes = guide.minutes { out.append("minutes: \(minutes)") }
        out.append("")
        if !guide.intro.isEmpty { out += [guide.intro, ""] }
        for step in guide.steps {
            out += ["## " + step.title, "id: " + step.id, "input: " + step.input.rawValue, "section: " + step.section]
            if let timer = step.timerMinutes { out.append("timer: \(timer)") }
            out.append("")
            if !step.intro.isEmpty { out += [step.intro, ""] }
            for prompt in step.prompts {
                out.append("### " + prompt.label + (prompt.isList ? " (list)" : " (text)"))
                if let section = prompt.section { out.append("section: " + section) }
                out.append(prompt.question)
                if let example = prompt.example { out.append(example) }
                out.append("")
            }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }
}
