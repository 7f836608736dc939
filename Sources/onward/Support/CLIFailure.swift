import JournalCore
import Foundation

/// A failure to report as one sentence on stderr, prefixed `onward: `, with an exit status.
struct CLIFailure: Error {
    let message: String
    let exitCode: Int32

    init(_ message: String, exitCode: Int32 = 1) {
        self.message = CLIFailure.sentence(message)
        self.exitCode = exitCode
    }

    /// The store's messages are whole sentences; after "onward: " they read better in lower case.
    init(_ error: StoreError) {
        self.init(error.message)
    }

    /// Lowercases a leading capital that starts an ordinary word and ends with a full stop.
    static func sentence(_ text: String) -> String {
        var s = VisibleText.line(text.trimmingCharacters(in: .whitespaces))
        if let first = s.first, first.isUppercase, let second = s.dropFirst().first, second.isLowercase {
            s = first.lowercased() + s.dropFirst()
        }
        if let last = s.last, !".!?".contains(last) { s += "." }
        return s
    }
}

// ArgumentParser reports an error thrown from `validate()` by its description: make that the sentence.
extension CLIFailure: CustomStringConvertible {
    var description: String { message }
}
