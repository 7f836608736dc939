import Foundation

/// Finds the application a person named: its id, a unique prefix of the id, or the company
/// name when only one application has it.
public enum ApplicationLookup {
    /// The one application `text` names, or a sentence saying why there is none.
    public static func find(_ text: String, in applications: [ApplicationRecord]) -> Result<ApplicationRecord, ApplicationError> {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        let idText = wanted.hasSuffix(".md") ? String(wanted.dropLast(3)) : wanted
        guard !wanted.isEmpty else { return .failure(ApplicationError("name an application by its id or its company")) }
        if let exact = applications.first(where: { $0.id.rawValue == idText }) { return .success(exact) }
        let byPrefix = applications.filter { $0.id.rawValue.hasPrefix(idText) }
        if byPrefix.count == 1 { return .success(byPrefix[0]) }
        let folded = fold(wanted)
        let byCompany = applications.filter { fold($0.company) == folded }
        if byCompany.count == 1 { return .success(byCompany[0]) }
        // Last, the start of a company's name ("glob" for Globex), when only one has it.
        let byCompanyStart = byCompany.isEmpty ? applications.filter { fold($0.company).hasPrefix(folded) } : []
        if byPrefix.isEmpty, byCompanyStart.count == 1 { return .success(byCompanyStart[0]) }
        let many = byPrefix.count > 1 ? byPrefix : byCompany.count > 1 ? byCompany : byCompanyStart
        if many.count > 1 {
            // Company and role beside each id, so the person can tell which one they meant.
            let shown = many.prefix(3).map { "\($0.id.rawValue): \($0.title)" }.joined(separator: "; ")
            return .failure(ApplicationError("'\(wanted)' matches \(many.count) applications (\(shown)\(many.count > 3 ? "; ..." : "")); give more of the id"))
        }
        return .failure(ApplicationError("no application with id or company '\(wanted)' (`onward app list` shows them)"))
    }

    private static func fold(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespaces).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

/// Why an application command could not do what was asked, as one sentence.
public struct ApplicationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
