import Foundation
import JournalCore
import OnwardTestSupport
import Testing
@testable import onward

/// Input the screens refuse is refused on the command line too, in one sentence, with the usage
/// status (64), and nothing is written.
@Suite("Bad input on the command line")
struct BadInputTests {
    struct Run { var status: Int32; var stdout: String; var stderr: String }

    static func onward(_ arguments: [String], journal: String,
                       clock: @escaping @Sendable () -> Date = Date.init) -> Run {
        let streams = CapturedStreams()
        let status = Onward.run(arguments + ["--journal", journal], environment: ["HOME": journal], streams: streams, clock: clock)
        return Run(status: status, stdout: streams.stdout, stderr: streams.stderr)
    }

    static func entryFiles(_ journal: String) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: journal + "/entries")) ?? []).filter { $0.hasSuffix(".md") }
    }

    @Test(arguments: ["", "   ", "\n"])
    func anApplicationWithoutACompanyIsRefused(_ company: String) throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let j = folder.path + "/j"
        let run = Self.onward(["app", "add", "--company", company, "--role", "Dev"], journal: j)
        #expect(run.status == 64)
        #expect(run.stderr == "onward: --company is empty; give the company's name, as in --company \"Acme\".\n")
        #expect(Self.entryFiles(j).isEmpty)
    }
}
