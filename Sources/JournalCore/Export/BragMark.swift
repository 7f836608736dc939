import Foundation

/// The mark a person types at the end of an achievement bullet to ask for a STAR outline
/// in the brag document: `- Led the billing migration with no downtime (star)`.
public enum BragMark {
    /// The words that count as the mark, matched at the end of the bullet, any case.
    public static let marks = ["(star)", "★"]

    /// The achievement without its mark, and whether it had one.
    public static func split(_ text: String) -> (text: String, starred: Bool) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for mark in marks where trimmed.lowercased().hasSuffix(mark) {
            let rest = String(trimmed.dropLast(mark.count)).trimmingCharacters(in: .whitespaces)
            return (rest.isEmpty ? trimmed : rest, !rest.isEmpty)
        }
        return (trimmed, false)
    }
}
