import ArgumentParser
import JournalCore

/// The csv branch of `onward import`: a tracker's export as applications, and a report of
/// what could not be mapped.
enum ApplicationCSVImport {
    static func run(_ text: String, file: String, journal: JournalOptions) throws {
        let (store, snapshot) = try journal.loadIndexed()
        let report: ApplicationCSVImporter.Report
        do { report = try ApplicationCSVImporter(store: store).run(text, existing: snapshot, now: AppSupport.now) } catch {
            throw CLIFailure("\(file): \(error.message)")
        }
        for failure in report.failures { Console.error(CLIFailure.sentence(failure)) }
        let n = report.imported.count
        var summary = n == 0 ? "Nothing new to import" : "Imported \(n) \(n == 1 ? "application" : "applications")"
        if report.alreadyPresent > 0 { summary += "; \(report.alreadyPresent) already there from an earlier import" }
        print(summary + ".")
        if !report.unmappedColumns.isEmpty {
            print("Kept as notes, since onward has no field for them: " + VisibleText.line(report.unmappedColumns.joined(separator: ", ")) + ".")
        }
        for value in report.unmappedValues { print(CLIFailure.sentence(value)) }
        if !report.skippedRows.isEmpty {
            print("Skipped, with no company and no role: line" + (report.skippedRows.count == 1 ? " " : "s ")
                  + report.skippedRows.map(String.init).joined(separator: ", ") + ".")
        }
        if !report.failures.isEmpty { throw ExitCode.failure }
    }
}
