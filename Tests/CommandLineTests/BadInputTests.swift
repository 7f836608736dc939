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

    @Test func aCSVSavedAsWindows1252IsReadAndSaidSoWithItsLine() throws {
        let folder = try TempFolder()
        defer { folder.cleanUp() }
        let j = folder.path + "/j", file = folder.path + "/excel.csv"
        try Data(Array("company,role\nAcme,Dev\nCaf".utf8) + [0xE9, 0x2C, 0x43, 0x68, 0x65, 0x66, 0x0A]).write(to: URL(fileURLWithPath: file))
        let run = Self.onward(["import", "csv", file], journal: j)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "onward: \(file) is not UTF-8 text (line 3 is the first that is not), so it was read as Windows-1252, the way Excel saves it; check that accented letters came out right.\n")
        #expect(run.stdout.hasPrefix("Imported 2 applications."))
        let texts = try Self.entryFiles(j).map { try String(contentsOfFile: j + "/entries/" + $0, encoding: .utf8) }
        #expect(texts.contains { $0.contains("company: Café") })
    }
}
