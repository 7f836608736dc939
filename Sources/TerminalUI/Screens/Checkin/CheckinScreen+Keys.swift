extension CheckinScreen {
    /// What the check-in's keys stand for.
    public enum Command: Equatable, Sendable { case save, pause, help, back, quit }

    /// The keys that work on the focused part, for the handling, the footer and the help. The
    /// table names only commands: Tab and Shift-Tab move through the form, and the focused field
    /// takes the rest (what it leaves, Enter and ↑↓ move on).
    public var keys: KeyTable<Command> {
        if case .saved = phase {
            return KeyTable([KeyBinding(.enter, does: "back", action: .back), KeyBinding(.character("q"), does: "quit", action: .quit),
                             .widget(label: "any other key", does: "back")])
        }
        // Kept while the field and what it shows stay the same: a long paste asks at every key.
        let context = KeyContext(focus: form.focus, takesText: form.focusTakesText, widgetHints: form.focusKeyHints)
        return keyCache.table(for: context) { editingKeys(context) }
    }

    /// What the editing table depends on.
    struct KeyContext: Equatable {
        var focus: Int
        var takesText: Bool
        var widgetHints: [KeyHint]
    }

    private func editingKeys(_ context: KeyContext) -> KeyTable<Command> {
        let takesText = context.takesText
        var bindings: [KeyBinding<Command>] = [
            .widget(.tab, does: "next", inFooter: true),
            .widget(.backTab, does: "back", priority: 2, inFooter: true),
        ]
        bindings += context.widgetHints.map { KeyBinding([], label: $0.key, does: $0.action, priority: $0.priority) }
        bindings += [
            KeyBinding(.control("s"), does: "save", action: .save),
            KeyBinding(.escape, does: "pause", action: .pause),
            KeyBinding([(.function(1), .help)] + (takesText ? [] : [(.character("?"), .help)]), label: takesText ? "F1" : "?", does: "keys"),
            .widget(.up, .down, label: "↑↓", does: "move between fields"),
            .widget(.backspace, does: "clear a value"),
            .widget(.control("c"), does: "leave (the draft is kept)"),
        ]
        return KeyTable(bindings)
    }

    /// The keys that work on the focused part, for the footer.
    public var hints: [KeyHint] { keys.footerHints }
}
