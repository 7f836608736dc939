import Foundation

/// Turns a reflection's answers into an entry (for drafts and the saved file) and back
/// (to resume a draft). Steps with several prompts write each answer under a `### ` label,
/// so the answers can be told apart again.
public enum ReflectionMapper {
    /// The front-matter key that remembers, in a draft, which step the person was on.
    public static let draftStepKey = "draft_step"

    /// The front-matter keys of a draft's own bookkeeping, dropped when it is saved as an entry.
    public static let draftKeys: Set<String> = [draftStepKey, DraftLink.savedAsKey]

    /// The entry for these answers. `currentStep` is kept in drafts only. `base` is the draft
    /// being resumed: what it holds beyond the answers (keys and sections added by hand, the
    /// sections of steps the current guide no longer has) is carried over, so nothing is lost.
    public static func entry(from a: ReflectionAnswers, guide: Guide, id: EntryID, created: LocalTimestamp,
                             updated: LocalTimestamp, currentStep: String? = nil, keeping base: Entry? = nil) -> Entry {
        var e = Entry(id: id, kind: guide.isReflection ? .reflection : .note, created: created, updated: updated)
        e.company = nonEmpty(a.company)
        e.role = nonEmpty(a.role)
        e.stage = a.stage
        e.rejectedOn = a.rejectedOn
        e.delivery = a.delivery.flatMap(nonEmpty)
        e.emotions = a.emotions
        e.intensityBefore = a.intensityBefore
        e.intensityAfter = a.intensityAfter
        e.goalApplications = a.goalApplications
        e.goalContacts = a.goalContacts
        // A date with nothing to follow up is only the field's default.
        e.followUpNote = nonEmpty(a.followUpNote)
        e.followUp = e.followUpNote == nil ? nil : a.followUp
        e.values = a.values
        e.minutes = a.minutes
        if guide.isReflection {
            e.tags = ["rejection"]
            e.applicationID = a.applicationID
            let titleParts = [e.company, e.role].compactMap { $0 }
            e.title = titleParts.isEmpty ? "A rejection" : titleParts.joined(separator: ", ")
        } else {
            // Another exercise is a note that names its guide, so it is found and resumed by name.
            e.exercise = guide.name
            e.title = guide.title
        }
        for step in guide.steps {
            e.setSection(step.section, body: sectionBody(step, a))
            for (i, prompt) in step.prompts.enumerated() {
                guard let own = prompt.section else { continue }
                e.setSection(own, body: answerBody(prompt, a.text(step.id, i)))
            }
        }
        if let base { carryOver(base, into: &e, guide: guide) }
        if let currentStep {
            e.extraFields.append(RawField(key: draftStepKey, text: draftStepKey + ": " + YAMLWriter.scalar(currentStep)))
        }
        return e
    }

    /// Adds to `e` what `base` has that the answers do not: unknown keys, tags, the preamble,
    /// the follow-up's done mark and every section that is not one of the guide's steps.
    static func carryOver(_ base: Entry, into e: inout Entry, guide: Guide) {
        e.extraFields = base.extraFields.filter { !draftKeys.contains($0.key) }
        for tag in base.tags where !e.tags.contains(tag) { e.tags.append(tag) }
        if e.preamble.isEmpty { e.preamble = base.preamble }
        if e.followUpDone == nil { e.followUpDone = base.followUpDone }
        let stepHeadings = Set(guide.steps.flatMap(\.headings).map { $0.lowercased() })
        for section in base.sections where !stepHeadings.contains(section.heading.lowercased()) {
            if e.section(section.heading) == nil { e.sections.append(section) }
        }
    }

    /// The answers held by an entry (a draft), and the step it was paused on.
    public static func answers(from e: Entry, guide: Guide) -> (ReflectionAnswers, currentStep: String?) {
        var a = ReflectionAnswers()
        a.company = e.company ?? ""
        a.role = e.role ?? ""
        a.stage = e.stage
        a.rejectedOn = e.rejectedOn
        a.delivery = e.delivery
        a.emotions = e.emotions
        a.intensityBefore = e.intensityBefore
        a.intensityAfter = e.intensityAfter
        a.goalApplications = e.goalApplications
        a.goalContacts = e.goalContacts
        a.followUp = e.followUp
        a.followUpNote = e.followUpNote ?? ""
        a.values = e.values
        a.minutes = e.minutes
        a.applicationID = e.applicationID
        for step in guide.steps {
            for (i, prompt) in step.prompts.enumerated() {
                guard let own = prompt.section, let body = e.section(own)?.body else { continue }
                let text = Entry.trimBlankLines(body)
                if !text.isEmpty { a.setText(step.id, i, prompt.isList ? unbullet(text) : text) }
            }
            guard let section = e.section(step.section) else { continue }
            let shared = step.prompts.enumerated().filter { $0.element.section == nil }
            let parts = split(section.body, prompts: shared.map(\.element))
            for (j, (i, prompt)) in shared.enumerated() where j < parts.count && !parts[j].isEmpty {
                a.setText(step.id, i, prompt.isList ? unbullet(parts[j]) : parts[j])
            }
        }
        let stepField = e.extraFields.first { $0.key == draftStepKey }
        let step = stepField.map { String($0.text.dropFirst(draftStepKey.count + 1)).trimmingCharacters(in: .whitespaces) }
        return (a, step.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) })
    }

    /// The answers of the step's shared prompts, each under its `### label` when there are several.
    static func sectionBody(_ step: GuideStep, _ a: ReflectionAnswers) -> String {
        var blocks: [String] = []
        let sharedCount = step.sharedPrompts.count
        for (i, prompt) in step.prompts.enumerated() where prompt.section == nil {
            let content = answerBody(prompt, a.text(step.id, i))
            guard !content.isEmpty else { continue }
            blocks.append(sharedCount > 1 ? "### " + prompt.label + "\n" + content : content)
        }
        return blocks.joined(separator: "\n\n")
    }

    /// One answer as saved: bullets for a list, the text without blank edges otherwise.
    static func answerBody(_ prompt: GuidePrompt, _ raw: String) -> String {
        guard !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return "" }
        return prompt.isList ? bullets(raw) : Entry.trimBlankLines(raw)
    }

    /// One bullet per non-blank line; lines already written as bullets stay as they are.
    static func bullets(_ text: String) -> String {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { line in
            line.hasPrefix("- ") ? line : "- " + line
        }.joined(separator: "\n")
    }

    static func unbullet(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("- ") ? String(line.dropFirst(2)) : String(line)
        }.joined(separator: "\n")
    }

    /// Splits a section body into one part per prompt by the `### label` lines.
    static func split(_ body: String, prompts: [GuidePrompt]) -> [String] {
        var parts = Array(repeating: [Substring](), count: max(prompts.count, 1))
        var current = 0
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if prompts.count > 1, line.hasPrefix("### ") {
                let label = line.dropFirst(4).trimmingCharacters(in: .whitespaces).lowercased()
                if let i = prompts.firstIndex(where: { $0.label.lowercased() == label }) { current = i; continue }
            }
            parts[current].append(line)
        }
        return parts.map { Entry.trimBlankLines($0.joined(separator: "\n")) }
    }

    private static func nonEmpty(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }
}
