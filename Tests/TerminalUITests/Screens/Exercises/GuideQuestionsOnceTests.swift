import Foundation
import JournalCore
import Testing
@testable import TerminalUI

@Suite("Each step asks its question once")
struct GuideQuestionsOnceTests {
    /// A label's question without its key hint: "How strong ...? (←/→ or a number)" -> "How strong ...?".
    private static func question(_ label: String) -> String {
        let cut = label.range(of: " (").map { String(label[..<$0.lowerBound]) } ?? label
        return cut.lowercased()
    }

    private static func words(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func noBuiltInStepRepeatsAFieldsQuestionInItsText() {
        for guide in GuideLibrary.builtIn.guides {
            for step in guide.steps {
                let form = StepFormBuilder.form(for: step, answers: ReflectionAnswers(), today: testNow.day)
                for field in form.fields where !field.label.isEmpty {
                    let asked = Self.question(field.label)
                    #expect(!Self.words(step.intro).contains(Self.words(asked)), "\(guide.name)/\(step.id) asks \"\(asked)\" twice")
                }
            }
        }
    }

    @Test(arguments: [(24, 80), (20, 60), (16, 50)])
    func theKinderLettersFirstStepShowsItsQuestionOnce(rows: Int, columns: Int) throws {
        let guide = try #require(GuideLibrary.builtIn.guide(named: "kinder-letter"))
        let screen = ReflectionScreen(guide: guide, resuming: nil, now: testNow, earlierAchievements: [])
        let text = screen.rendered(rows: rows, columns: columns).lines.joined(separator: " ")
        let flat = Self.words(text)
        #expect(flat.components(separatedBy: "how strong are the feelings").count == 2, "\(text)")
    }
}
