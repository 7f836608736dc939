import JournalCore
import Foundation

/// Finds the entry a person named on the command line: a full id or a unique prefix of one,
/// among readable entries and unreadable files alike (so `show --raw` can open a broken file).
enum EntryLookup {
    /// What an id named.
    enum Found {
        case entry(StoredEntry)
        case unreadable(FileProblem)
    }

    static func find(_ text: String, in snapshot: JournalSnapshot) throws(CLIFailure) -> Found {
        let wanted = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".md", with: "")
        var candidates: [(String, Found)] = snapshot.entries.map { ($0.entry.id.rawValue, .entry($0)) }
        candidates += snapshot.problems.filter { $0.relativePath.hasSuffix(".md") }.map { (EntryFileName.stem(of: $0.relativePath), .unreadable($0)) }
        if !wanted.isEmpty {
            if let exact = candidates.first(where: { $0.0 == wanted }) { return exact.1 }
            let matches = candidates.filter { $0.0.hasPrefix(wanted) }
            if matches.count == 1 { return matches[0].1 }
            if matches.count > 1 {
                let shown = matches.prefix(3).map(\.0).joined(separator: ", ")
                throw CLIFailure("'\(text)' matches \(matches.count) entries (\(shown)\(matches.count > 3 ? ", ..." : "")); give more of the id")
            }
        }
        throw CLIFailure("no entry with id '\(text)'")
    }
}
