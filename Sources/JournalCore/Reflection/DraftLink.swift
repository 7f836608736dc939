/// The link from a draft to the entry it became: written into the draft just before the entry
/// is saved, so a crash between saving the entry and removing the draft is recognised on resume
/// instead of saving the same reflection twice.
public enum DraftLink {
    /// The draft's front-matter key naming the entry file it is being saved as.
    public static let savedAsKey = "saved_as"

    /// The path (relative to the journal) the draft was being saved as, if it says so.
    public static func savedAs(_ draft: Entry) -> String? {
        guard let field = draft.extraFields.first(where: { $0.key == savedAsKey }) else { return nil }
        let value = field.text.dropFirst(savedAsKey.count + 1).trimmingCharacters(in: .whitespaces)
        let path = value.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        return path.isEmpty ? nil : path
    }

    /// The draft with its `saved_as` set to `relativePath`.
    public static func marking(_ draft: Entry, savedAs relativePath: String) -> Entry {
        var d = draft
        d.extraFields.removeAll { $0.key == savedAsKey }
        d.extraFields.append(RawField(key: savedAsKey, text: savedAsKey + ": " + YAMLWriter.scalar(relativePath)))
        return d
    }
}

import Foundation
