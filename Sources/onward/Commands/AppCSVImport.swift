import ArgumentParser
import JournalCore

/// The csv branch of `onward import`: a tracker's export as applications, and a report of
/// what could not be mapped.
enum ApplicationCSVImport {
    static func run(_ text: String, file: String, in context: RunContext) throws {
        let console = context.console
        let (store, snapshot) = try context.loadIndexed()
        let report: ApplicationCSVImporter.Report
        do { report = try ApplicationCSVImporter(store: store).run(text, existing: snapshot, now: context.now) } catch {
            throw CLIFailure("\(file): \(error.message)")
        }
        for failure in report.failures { console.error(CLIFailure.sentence(failure)) }
        let n = report.imported.count
        var summary = n == 0 ? "Nothing new to import" : "Imported \(n) \(n == 1 ? "application" : "applications")"
        if report.alreadyPresent > 0 { summary += "; \(report.alreadyPresent) already there from an earlier import" }
        console.print(summary + ".")
        if !report.unmappedColumns.isEmpty {
            console.print("Kept as notes, since onward has no field for them: " + VisibleText.line(report.unmappedColumns.joined(separator: ", ")) + ".")
        }
        for value in report.unmappedValues { console.print(CLIFailure.sentence(value)) }
        if !report.skippedRows.isEmpty {
            console.print("Skipped, with no company and no role: line" + (report.skippedRows.count == 1 ? " " : "s ")
                  + report.skippedRows.map(String.init).joined(separator: ", ") + ".")
        }
        if !report.failures.isEmpty { throw ExitCode.failure }
    }
}
