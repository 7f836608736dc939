import Foundation

/// The application fields that are not plain rows of `EntryFields`: the ids of the linked
/// reflection and application as `EntryID`s, and the people met, tidied.
extension Entry {
    /// On an application: the reflection written when it said no.
    public var reflectionID: EntryID? {
        get { reflectionLink.flatMap { $0.isEmpty ? nil : EntryID($0) } }
        set { reflectionLink = newValue?.rawValue }
    }

    /// On a reflection: the application it was started from.
    public var applicationID: EntryID? {
        get { applicationLink.flatMap { $0.isEmpty ? nil : EntryID($0) } }
        set { applicationLink = newValue?.rawValue }
    }

    /// People met along the way, e.g. "Priya (recruiter)" (the application's `contacts:`);
    /// set, blank names are left out and the others trimmed.
    public var applicationContacts: [String] {
        get { people }
        set { people = newValue.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }
}
