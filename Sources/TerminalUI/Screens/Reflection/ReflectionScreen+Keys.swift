extension ReflectionScreen {
    /// What the reflection's keys stand for.
    public enum Command: Equatable, Sendable {
        case pause, save, help, nextStep, previousStep, backToSummary
        case scroll(Int), page(Int), top, editStep(Int)
        case home, applications, quit
    }

    /// The keys that work now, for the handling, the footer and the help. On a step the table
    /// names only commands; Tab, Shift-Tab and Enter move through the form, the rest goes to the
    /// focused field (so `?` is typed in a text box, and PgUp/PgDn scroll it).
    public var keys: KeyTable<Command> {
        switch phase {
        case .step(let i):
            // Read in place: a copy of the form per key showed in the paste timings.
            let context = KeyContext(step: i, focus: stepForms[i].focus, fromSummary: editingFromSummary,
                                     takesText: stepForms[i].focusTakesText)
            return keyCache.table(for: context) { stepKeys(stepForms[i]) }
        case .summary: return summaryKeys
        case .saved:
            // "home" is the home screen, whatever this was opened from; a reflection on an
            // application offers the way back to the Applications list as its own key.
            var bindings = [KeyBinding<Command>(.enter, does: "home", action: .home)]
            if answers.applicationID != nil {
                bindings.append(KeyBinding(.character("a"), does: "back to applications", action: .applications))
            }
            return KeyTable(bindings + [KeyBinding(.character("q"), does: "quit", action: .quit),
                                        .widget(label: "any other key", does: "home")])
        }
    }

    /// What a step's table depends on: the field (its kind gives its keys) and whether it takes
    /// typing just now (a checklist does on its "Other:" line).
    struct KeyContext: Equatable {
        var step: Int
        var focus: Int
        var fromSummary: Bool
        var takesText: Bool
    }

    private func stepKeys(_ form: StepForm) -> KeyTable<Command> {
        let multiline = form.focusIsMultiline, takesText = form.focusTakesText
        var bindings: [KeyBinding<Command>] = []
        if editingFromSummary { bindings.append(KeyBinding(.control("r"), does: "back to summary", action: .backToSummary)) }
        bindings += [
            .widget(.tab, does: "next", inFooter: true),
            .widget(.backTab, does: "back", priority: 2, inFooter: true),
            KeyBinding(.escape, does: "pause", action: .pause),
            KeyBinding(.control("s"), does: "save", action: .save),
        ]
        bindings += form.focusKeyHints.map { KeyBinding([], label: $0.key, does: $0.action, priority: $0.priority) }
        // PgDn/PgUp change step too, except in a text area, which scrolls with them.
        bindings.append(KeyBinding([(.control("n"), .nextStep)] + (multiline ? [] : [(.pageDown, .nextStep)]),
                                   does: "skip step", priority: 2))
        bindings.append(KeyBinding([(.control("p"), .previousStep)] + (multiline ? [] : [(.pageUp, .previousStep)]),
                                   does: "previous step", priority: 3))
        bindings.append(KeyBinding([(.function(1), .help)] + (takesText ? [] : [(.character("?"), .help)]),
                                   label: takesText ? "F1" : "?", does: "keys"))
        if !multiline { bindings.append(.widget(.enter, does: "next", priority: 3, inFooter: true)) }
        bindings.append(.widget(.control("c"), does: "leave (the draft is kept)"))
        return KeyTable(bindings)
    }

    private var summaryKeys: KeyTable<Command> {
        let count = min(guide.steps.count, 10)
        let digits: [(Key, Command?)] = (0..<count).map { i in (.character(Character(String((i + 1) % 10))), .editStep(i)) }
        return KeyTable([
            KeyBinding([(.enter, .save), (.control("s"), .save)], does: "save"),
            KeyBinding([(.backTab, .previousStep), (.control("p"), .previousStep)], does: "back", priority: 2),
            KeyBinding(digits, label: stepKeys, does: "edit step"),
            KeyBinding([(.up, .scroll(-1)), (.character("k"), .scroll(-1)), (.down, .scroll(1)), (.character("j"), .scroll(1)),
                        (.pageUp, .page(-1)), (.pageDown, .page(1)), (.character(" "), .page(1)), (.home, .top)],
                       label: "↑↓", does: "scroll", priority: 3),
            KeyBinding(.escape, does: "pause", action: .pause),
            KeyBinding([(.character("?"), .help), (.function(1), .help)], label: "?", does: "keys"),
            .widget(.control("c"), does: "leave (the draft is kept)"),
        ])
    }

    /// The keys that work in the current phase and field, for the footer.
    public var hints: [KeyHint] { keys.footerHints }

    /// The summary's keys for editing a step: "1-9 0" for ten steps, "1-4" for four.
    var stepKeys: String {
        let count = guide.steps.count
        if count <= 1 { return "1" }
        if count <= 9 { return "1-\(count)" }
        return "1-9 0"
    }
}
