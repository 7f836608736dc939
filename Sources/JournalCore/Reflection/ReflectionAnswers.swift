/// Everything a person has answered so far in a guided reflection, step by step.
public struct ReflectionAnswers: Equatable, Sendable {
    public var company = ""
    public var role = ""
    public var stage: Stage?
    public var rejectedOn: LocalDay?
    public var delivery: String?
    public var emotions: [String] = []
    public var intensityBefore: Int?
    public var intensityAfter: Int?
    public var goalApplications: Int?
    public var goalContacts: Int?
    public var followUp: LocalDay?
    public var followUpNote = ""
    /// Values picked in an exercise's values step.
    public var values: [String] = []
    /// Whole minutes spent on a timed step.
    public var minutes: Int?
    /// The application this reflection is about, when it was started from one.
    public var applicationID: EntryID?
    /// Free-text answers: step id -> one answer per prompt of that step.
    public var texts: [String: [String]] = [:]

    public init() {}

    /// The answer to prompt `index` of step `stepID` ("" when unanswered).
    public func text(_ stepID: String, _ index: Int) -> String {
        guard let answers = texts[stepID], index < answers.count else { return "" }
        return answers[index]
    }

    /// Sets the answer to prompt `index` of step `stepID`.
    public mutating func setText(_ stepID: String, _ index: Int, _ value: String) {
        var answers = texts[stepID] ?? []
        while answers.count <= index { answers.append("") }
        answers[index] = value
        texts[stepID] = answers
    }

    /// True when nothing at all has been answered (no draft is worth keeping).
    public var isEmpty: Bool {
        company.isEmpty && role.isEmpty && stage == nil && delivery == nil && emotions.isEmpty
            && intensityBefore == nil && intensityAfter == nil && goalApplications == nil && goalContacts == nil
            && followUp == nil && followUpNote.isEmpty && values.isEmpty
            && texts.values.allSatisfy { $0.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
    }
}

import Foundation
