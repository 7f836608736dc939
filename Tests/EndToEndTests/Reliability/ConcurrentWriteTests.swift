import Foundation
import Testing

/// Two onward processes writing one journal at the same moment: nothing is lost, nothing is
/// doubled, and every run that says it saved did save. `make test-stress` runs more rounds.
@Suite("Two writers at once")
struct ConcurrentWriteTests {
    static let binary = OnwardBinary.path
    /// Runs per writer: `ONWARD_STRESS_WINS` (100 in `make test-stress`), 20 otherwise.
    static let rounds = Int(ProcessInfo.processInfo.environment["ONWARD_STRESS_WINS"] ?? "") ?? 20

    final class Journal {
        let folder = NSTemporaryDirectory() + "onward-concurrent-" + UUID().uuidString
        var root: String { folder + "/journal" }
        init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: folder) }

        func entryFiles() -> [String] {
            let entries = root + "/entries"
            return ((try? FileManager.default.subpathsOfDirectory(atPath: entries)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        }
        func read(_ relative: String) -> String {
            (try? String(contentsOfFile: root + "/entries/" + relative, encoding: .utf8)) ?? ""
        }
    }

    /// Runs the same shell loop in two processes at once and returns both results.
    static func twoAtOnce(_ script: (String) -> String) throws -> [ChildProcess.Result] {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build onward first; looked at \(binary)")
        let results = Results()
        let scripts = [script("A"), script("B")]
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            results.set(i, try? ChildProcess.run(["/bin/sh", "-c", scripts[i]]))
        }
        return try results.all.map { try #require($0) }
    }

    @Test func twoLoopsOfCheckinWinLeaveEveryWinInOneFile() throws {
        let journal = try Self.journal()
        let results = try Self.twoAtOnce { name in
            """
            for i in $(seq 1 \(Self.rounds)); do
              ONWARD_JOURNAL='\(journal.root)' '\(Self.binary)' checkin --win "win \(name) $i" > /dev/null || echo "FAILED $i"
            done
            """
        }
        for result in results {
            #expect(result.status == 0)
            #expect(!result.stdout.contains("FAILED"), "\(result.stdout)\(result.stderr)")
        }
        let files = journal.entryFiles()
        #expect(files.count == 1, "one check-in for the day, found \(files)")
        let text = journal.read(files.first ?? "")
        for name in ["A", "B"] {
            for i in 1...Self.rounds {
                #expect(text.contains("win \(name) \(i),") || text.contains("win \(name) \(i)]"), "lost: win \(name) \(i)")
            }
        }
        let winsLine = text.split(separator: "\n").first { $0.hasPrefix("wins:") } ?? ""
        #expect(winsLine.split(separator: ",").count == 2 * Self.rounds)
    }

    @Test func twoImportsOfOneFileAtOnceAddEachEntryOnce() throws {
        let journal = try Self.journal()
        let source = journal.folder + "/jrnl.txt"
        let text = (1...40).map { "[2024-03-01 09:\(String(format: "%02d", $0))] Day \($0)\nSomething about day \($0).\n" }.joined(separator: "\n")
        try text.write(toFile: source, atomically: true, encoding: .utf8)
        let results = try Self.twoAtOnce { _ in
            "ONWARD_JOURNAL='\(journal.root)' '\(Self.binary)' import jrnl '\(source)'"
        }
        for result in results { #expect(result.status == 0, "\(result.stderr)") }
        #expect(journal.entryFiles().count == 40)
        let said = results.map(\.stdout).joined()
        #expect(said.contains("Imported 40 entries"))
        #expect(said.contains("Nothing new to import; 40 already there"))
    }

    @Test func twoCSVImportsOfOneFileAtOnceAddEachApplicationOnce() throws {
        let journal = try Self.journal()
        let source = journal.folder + "/tracker.csv"
        let rows = (1...60).map { "Company \($0),Engineer,Applied,2026-10-\(String(format: "%02d", $0 % 28 + 1))" }
        try ("company,role,status,date applied\n" + rows.joined(separator: "\n") + "\n").write(toFile: source, atomically: true, encoding: .utf8)
        let results = try Self.twoAtOnce { _ in
            "ONWARD_JOURNAL='\(journal.root)' '\(Self.binary)' import csv '\(source)'"
        }
        for result in results { #expect(result.status == 0, "\(result.stderr)") }
        #expect(journal.entryFiles().count == 60)
        let said = results.map(\.stdout).joined()
        #expect(said.contains("Imported 60 applications."), "\(said)")
        #expect(said.contains("Nothing new to import; 60 already there."), "\(said)")
    }

    static func journal() throws -> Journal { try Journal() }
}

/// Results filled in from several threads.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [ChildProcess.Result?] = [nil, nil]
    func set(_ i: Int, _ value: ChildProcess.Result?) { lock.lock(); items[i] = value; lock.unlock() }
    var all: [ChildProcess.Result?] { lock.lock(); defer { lock.unlock() }; return items }
}
