import JournalCore

/// A draft the loop could not write, in the screens' own words: the store gives the reason
/// ("the disk is full"), the screens say what it means for the page in front of the person.
struct DraftProblem: Equatable {
    /// Why, in a few words; nil when the store's sentence is all there is (a lock it could not take).
    let reason: String?
    /// The store's own sentence.
    let sentence: String

    init(_ error: StoreError) {
        reason = error.reason
        sentence = error.message
    }

    /// Said while the person goes on typing.
    var whileTyping: String {
        reason.map { "Could not save your draft: \($0); your text is still on screen." } ?? sentence + " Your text is still on screen."
    }

    /// Said when the page was asked to close: it stays, as the only copy there is.
    var staysOpen: String {
        (reason.map { "Could not save your draft: \($0)." } ?? sentence)
            + " This page stays open until it is saved (make room, then Esc); Ctrl-C leaves and prints your text."
    }
}
