import Testing
@testable import TerminalUI

@Suite struct KeyTableTests {
    enum Command: Equatable { case move(Int), back, help }

    let table = KeyTable<Command>([
        KeyBinding([(.up, .move(-1)), (.character("k"), .move(-1)), (.down, .move(1)), (.character("j"), .move(1))],
                   label: "↑↓", does: "move", priority: 2),
        KeyBinding.widget(.enter, does: "new line"),
        KeyBinding(.escape, .left, does: "back", action: .back),
        KeyBinding(.home, does: "top", inFooter: false, action: .move(-100)),
        KeyBinding(.character("?"), .function(1), does: "keys", action: .help),
    ])

    @Test func eachKeyGivesItsOwnAction() {
        #expect(table.action(for: .up) == .move(-1))
        #expect(table.action(for: .character("j")) == .move(1))
        #expect(table.action(for: .left) == .back)
        #expect(table.action(for: .function(1)) == .help)
        #expect(table.action(for: .character("x")) == nil)
    }

    @Test func widgetKeysAreNamedButLeftToTheWidget() {
        #expect(table.action(for: .enter) == nil)
        #expect(table.binds(.enter))
        #expect(!table.footerHints.contains { $0.action == "new line" })
        #expect(table.helpHints.contains(KeyHint("Enter", "new line")))
    }

    @Test func footerUsesLabelsAndSkipsHelpOnlyBindings() {
        #expect(table.footerHints == [KeyHint("↑↓", "move", priority: 2), KeyHint("Esc", "back"), KeyHint("?", "keys")])
        #expect(table.footer.text(width: 80) == "↑↓ move · Esc back · ? keys")
    }

    @Test func helpNamesEveryKeyOfEveryBinding() {
        #expect(table.helpHints.map(\.key) == ["↑ k ↓ j", "Enter", "Esc ←", "Home", "? F1"])
        #expect(table.helpHints.map(\.action) == ["move", "new line", "back", "top", "keys"])
    }

    @Test func repeatedKeysAreFound() {
        #expect(table.repeatedKeys.isEmpty)
        let twice = KeyTable<Command>([KeyBinding(.escape, does: "back", action: .back),
                                       KeyBinding(.escape, .character("q"), does: "leave", action: .back)])
        #expect(twice.repeatedKeys == [.escape])
        #expect(twice.action(for: .escape) == .back)
    }

    @Test func keyNamesArePlainWords() {
        #expect(Key.control("s").name == "Ctrl-S")
        #expect(Key.character(" ").name == "Space")
        #expect(Key.pageDown.name == "PgDn")
        #expect(Key.backTab.name == "Shift-Tab")
    }
}
