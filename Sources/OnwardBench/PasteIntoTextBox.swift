import Foundation
import JournalCore
import TerminalUI

/// "Paste into a text box": the real app loop on an in-memory terminal, with a pasted text
/// arriving as one key event per character (as a terminal delivers it) into the first free
/// writing box of a reflection, timed from the first key to the frame that shows the end.
///
/// The loop drafts, autosaves and draws exactly as it does for a person, so a cost that grows
/// with the text per key (re-wrapping, copying the text, rebuilding the draft) shows here.
struct PasteIntoTextBox {
    /// Sizes of the pasted text, in bytes of ASCII prose.
    var sizes = (ProcessInfo.processInfo.environment["ONWARD_PASTE_BYTES"] ?? "10000,100000").split(separator: ",").compactMap { Int($0) }

    func results() -> [Stopwatch.Result] {
        sizes.map { bytes in
            var times: [Double] = []
            for _ in 0..<3 { times.append(once(bytes: bytes)) }
            times.sort()
            return Stopwatch.Result(name: "paste: \(bytes / 1000) KB into a reflection text box, keys to the last frame",
                                    runs: times.count, median: times[times.count / 2], min: times[0], perItem: nil)
        }
    }

    /// Deterministic prose of `bytes` characters, with a paragraph break now and then.
    static func prose(bytes: Int) -> String {
        let words = ["the", "interview", "went", "well", "I", "thought", "and", "then", "a", "short", "email", "came", "on", "Friday"]
        var text = ""
        var n = 0
        while text.utf8.count < bytes {
            text += words[n % words.count]
            n += 1
            text += n % 97 == 0 ? "\n" : " "
        }
        return String(text.prefix(bytes))
    }

    private func once(bytes: Int) -> Double {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("onward-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let terminal = ScreenBuffer(rows: 24, columns: 80)
        // Step 1: five Tabs reach its free writing box, then the paste, then stop (saving the draft).
        terminal.enqueue(keys: Array(repeating: .tab, count: 5))
        terminal.type(Self.prose(bytes: bytes))
        terminal.enqueue(.terminate)
        let app = App(terminal: terminal, store: JournalStore(root: root), guide: .builtIn())
        let t0 = Stopwatch.now()
        app.run(.reflection)
        return Stopwatch.now() - t0
    }
}
