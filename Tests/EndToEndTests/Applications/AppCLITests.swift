import Foundation
import Testing

/// `onward app ...` through the real binary: every command's `--json` parsed back, and bad
/// input refused before anything is written.
@Suite("onward app on the command line")
struct AppCLITests {
    let cli = CLITests()

    func run(_ args: String..., in box: CLITests.Sandbox) throws -> CLITests.Run {
        try cli.onward(args, journal: box.journal)
    }

    /// The JSON object printed by a successful run.
    func json(_ r: CLITests.Run, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        #expect(r.status == 0, "stderr: \(r.stderr)", sourceLocation: sourceLocation)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
        return try #require(object as? [String: Any], sourceLocation: sourceLocation)
    }

    func application(_ r: CLITests.Run, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let doc = try json(r, sourceLocation: sourceLocation)
        #expect(doc["format_version"] as? Int == 1, sourceLocation: sourceLocation)
        return try #require(doc["application"] as? [String: Any], sourceLocation: sourceLocation)
    }

    /// Every file under the journal with its bytes, to prove that nothing changed.
    func files(_ box: CLITests.Sandbox) -> [String: Data] {
        var out: [String: Data] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: box.journal)) ?? [] where path.hasPrefix("entries/") {
            if let data = FileManager.default.contents(atPath: box.journal + "/" + path) { out[path] = data }
        }
        return out
    }

    @Test func everyCommandAnswersInJSON() throws {
        let box = try CLITests.Sandbox()
        let globex = try application(run("app", "add", "--company", "Globex", "--role", "Platform Engineer", "--applied", "2026-11-20",
                                         "--source", "referral", "--link", "https://example.com/jobs/123", "--json", in: box))
        #expect(globex["company"] as? String == "Globex")
        #expect(globex["stage"] as? String == "applied" && globex["outcome"] as? String == "open")
        #expect(globex["applied_on"] as? String == "2026-11-20" && globex["source"] as? String == "referral")
        let id = try #require(globex["id"] as? String)
        #expect(id.hasSuffix("-application-globex"))
        let acme = try application(run("app", "add", "--company", "Acme", "--role", "SRE", "--applied", "2026-10-01", "--json", in: box))

        let moved = try application(run("app", "move", "globex", "interview", "--on", "2026-11-28", "--note", "system design with Sam", "--json", in: box))
        #expect(moved["stage"] as? String == "interview")
        let events = try #require(moved["timeline"] as? [[String: Any]])
        #expect(events.map { $0["what"] as? String } == ["applied", "interview"])
        #expect(events.last?["text"] as? String == "system design with Sam" && events.last?["day"] as? String == "2026-11-28")

        let next = try application(run("app", "next", String(id.dropLast(3)), "send the take-home", "--on", "2026-12-03", "--json", in: box))
        #expect(next["next_action"] as? String == "send the take-home" && next["next_action_on"] as? String == "2026-12-03")

        let noted = try application(run("app", "note", "Globex", "Felt at ease", "--on", "2026-11-29", "--json", in: box))
        #expect(noted["id"] as? String == id)

        let list = try json(run("app", "list", "--json", in: box))
        let apps = try #require(list["applications"] as? [[String: Any]])
        #expect(apps.map { $0["company"] as? String } == ["Globex", "Acme"])  // the one with a next action first
        #expect(apps[1]["quiet_days"] as? Int != nil)  // Acme has had no word since October
        let interviews = try #require(json(run("app", "list", "--stage", "interview", "--json", in: box))["applications"] as? [[String: Any]])
        #expect(interviews.count == 1)

        let closed = try application(run("app", "close", acme["id"] as! String, "rejected", "--on", "2026-11-30", "--json", in: box))
        #expect(closed["outcome"] as? String == "rejected")
        let open = try #require(json(run("app", "list", "--open", "--json", in: box))["applications"] as? [[String: Any]])
        #expect(open.map { $0["company"] as? String } == ["Globex"])

        let fed = try application(run("app", "feedback", "acme", "Went with an internal candidate", "--json", in: box))
        #expect((fed["timeline"] as? [[String: Any]])?.last?["what"] as? String == "feedback")

        let shown = try application(run("app", "show", "globex", "--json", in: box))
        #expect(shown["next_action"] as? String == "send the take-home")
        let text = try run("app", "show", "globex", in: box)
        #expect(text.status == 0)
        #expect(text.stdout.contains("2026-11-28 interview: system design with Sam") && text.stdout.contains("2026-11-29: Felt at ease"))
    }

    @Test func feedbackReachesTheLinkedReflection() throws {
        let box = try CLITests.Sandbox()
        // Sent before the feedback came: an event dated before the day sent is refused.
        let app = try application(run("app", "add", "--company", "Globex", "--role", "Dev", "--applied", "2026-10-20", "--json", in: box))
        let appPath = box.journal + "/" + (app["path"] as! String)
        let reflectionID = "2026-11-01-1002-reflection-globex"
        let reflectionPath = box.journal + "/entries/2026/11/\(reflectionID).md"
        try FileManager.default.createDirectory(atPath: box.journal + "/entries/2026/11", withIntermediateDirectories: true)
        try """
        ---
        kind: reflection
        created: 2026-11-01T10:02:00+01:00
        company: Globex
        follow_up: 2026-11-08
        follow_up_note: ask Globex for feedback
        application: \(app["id"] as! String)
        ---
        # Globex, Dev

        ## Feedback
        ### A note to send
        Could you tell me what to work on?

        """.write(toFile: reflectionPath, atomically: true, encoding: .utf8)
        // The person links the two by hand here; the screen does it when a reflection starts from "said no".
        var appText = try String(contentsOfFile: appPath, encoding: .utf8)
        appText = appText.replacingOccurrences(of: "outcome: open\n", with: "outcome: rejected\nreflection: \(reflectionID)\n")
        try appText.write(toFile: appPath, atomically: true, encoding: .utf8)

        let doc = try json(run("app", "feedback", "globex", "More Kubernetes, please", "--on", "2026-11-05", "--json", in: box))
        #expect(doc["reflection"] as? String == reflectionID)
        let reflection = try String(contentsOfFile: reflectionPath, encoding: .utf8)
        #expect(reflection.contains("follow_up_done: true"))
        #expect(reflection.contains("### What came back\n2026-11-05: More Kubernetes, please\n\n### A note to send"))
        let application = try String(contentsOfFile: appPath, encoding: .utf8)
        #expect(application.contains("## Feedback\n2026-11-05: More Kubernetes, please"))
        #expect(application.contains("- 2026-11-05 feedback: More Kubernetes, please"))
    }

    @Test func badInputIsRefusedBeforeAnythingIsWritten() throws {
        let box = try CLITests.Sandbox()
        _ = try run("app", "add", "--company", "Acme", "--role", "SRE", in: box)
        _ = try run("app", "add", "--company", "Acme", "--role", "Data", in: box)
        let before = files(box)
        #expect(before.count == 2)
        let cases: [([String], String)] = [
            (["app", "move", "acme", "hired"], "'hired' is not a stage; use one of applied, screen, interview, final-interview, offer."),
            (["app", "move", "acme", "screen", "--on", "2026-02-30"], "--on must be a date such as"),
            (["app", "move", "acme", "screen", "--on", "2300-01-01"], "--on is 2300-01-01, which has not happened yet; give a day up to today."),
            (["app", "close", "acme", "ghosted"], "'ghosted' is not how an application ends; use rejected, withdrawn, accepted or declined."),
            (["app", "close", "acme", "rejected", "--reflect"], "--reflect opens the guided reflection, which needs a terminal"),
            (["app", "note", "acme", "   "], "the note is empty; write a few words."),
            (["app", "add", "--company", "X", "--role", "Y", "--applied", "soon"], "--applied must be a date such as"),
            (["app", "list", "--stage", "nope"], "'nope' is not a stage"),
            (["app", "move", "acme", "screen"], "'acme' matches 2 applications"),
            (["app", "show", "hooli"], "no application with id or company 'hooli'"),
        ]
        for (args, message) in cases {
            let r = try cli.onward(args, journal: box.journal)
            #expect(r.status != 0, "\(args)")
            #expect(r.stderr.hasPrefix("onward: " + message), "\(args): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(args): \(r.stderr)")
            #expect(!r.stderr.contains("Fatal error"))
        }
        #expect(files(box) == before)
    }

    @Test func textFromFilesIsShownWithControlsVisible() throws {
        let box = try CLITests.Sandbox()
        _ = try run("app", "add", "--company", "Evil\u{1B}[2JCorp", "--role", "R\u{202E}ole", in: box)
        for args in [["app", "list"], ["app", "show", "evil"], ["list"]] {
            let r = try cli.onward(args, journal: box.journal)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(!r.stdout.contains("\u{1B}") && !r.stdout.contains("\u{202E}"), "\(args)")
            #expect(r.stdout.contains("Evil^[[2JCorp"), "\(args): \(r.stdout)")
        }
    }

    @Test func closingTwiceNamesTheCompanyAsWritten() throws {
        let box = try CLITests.Sandbox()
        #expect(try run("app", "add", "--company", "Globex", "--role", "Platform Engineer", in: box).status == 0)
        #expect(try run("app", "close", "globex", "withdrawn", in: box).status == 0)
        let again = try run("app", "close", "globex", "rejected", in: box)
        cli.expectCleanError(again, "the application Globex, Platform Engineer is already closed (withdrawn); nothing was changed.")
    }

    @Test func aHandEditedContactsListKeepsItsNamesThroughANote() throws {
        let box = try CLITests.Sandbox()
        let id = "2026-11-20-0930-application-globex"
        let relative = "entries/2026/11/\(id).md"
        try FileManager.default.createDirectory(atPath: box.journal + "/entries/2026/11", withIntermediateDirectories: true)
        let text = """
        ---
        id: \(id)
        kind: application
        created: 2026-11-20T09:30:00+01:00
        company: Globex
        role: Platform Engineer
        stage: interview
        contacts: [Priya (recruiter), Sam]
        ---
        # Globex, Platform Engineer

        ## Timeline
        - 2026-11-20 applied

        """
        try text.write(toFile: box.journal + "/" + relative, atomically: true, encoding: .utf8)
        #expect(try run("checkin", "--mood", "6", "--contacts", "3", in: box).status == 0)

        let noted = try application(run("app", "note", "globex", "Coffee with Sam", "--on", "2026-11-29", "--json", in: box))
        #expect(noted["contacts"] as? [String] == ["Priya (recruiter)", "Sam"])
        let written = try String(contentsOfFile: box.journal + "/" + relative, encoding: .utf8)
        #expect(written.contains("\ncontacts: [Priya (recruiter), Sam]\n") && !written.contains("\npeople:"), "\(written)")
        #expect(written.contains("2026-11-29: Coffee with Sam"), "the note is kept beside the names")

        let shown = try run("app", "show", "globex", in: box)
        #expect(shown.status == 0 && shown.stdout.contains("contacts: Priya (recruiter), Sam"), "\(shown.stdout)")
        // In `list --json` each kind's `contacts` is its own: names for the application, a count for the check-in.
        let listed = try #require(json(run("list", "--json", in: box))["entries"] as? [[String: Any]])
        let byKind = Dictionary(grouping: listed) { $0["kind"] as? String ?? "" }
        #expect(byKind["application"]?.first?["contacts"] as? [String] == ["Priya (recruiter)", "Sam"])
        #expect(byKind["checkin"]?.first?["contacts"] as? Int == 3)
    }

    @Test func aCloseDatedBeforeTheLastEventIsRefusedInOneSentence() throws {
        let box = try CLITests.Sandbox()
        #expect(try run("app", "add", "--company", "Globex", "--role", "SRE", "--applied", "2026-11-02", in: box).status == 0)
        #expect(try run("app", "move", "globex", "interview", "--on", "2026-11-20", in: box).status == 0)
        let before = files(box)
        let early = try run("app", "close", "globex", "rejected", "--on", "2026-11-15", in: box)
        #expect(early.status != 0)
        cli.expectCleanError(early, "the close of Globex, SRE cannot be dated 2026-11-15, before its last event on 2026-11-20; give a day from 2026-11-20 on.")
        #expect(files(box) == before, "nothing was written")
        // The day of the last event itself is fine.
        let closed = try application(run("app", "close", "globex", "rejected", "--on", "2026-11-20", "--json", in: box))
        #expect(closed["outcome"] as? String == "rejected")
    }

    @Test func closingTwiceTheSameWaySaysItIsClosedAlreadyAndWritesNothing() throws {
        let box = try CLITests.Sandbox()
        #expect(try run("app", "add", "--company", "Globex", "--role", "SRE", "--applied", "2026-11-02", in: box).status == 0)
        let first = try run("app", "close", "globex", "rejected", "--on", "2026-11-20", in: box)
        #expect(first.stdout == "Globex, SRE: said no, 2026-11-20.\n", "\(first.stdout)")
        let before = files(box)
        let again = try run("app", "close", "globex", "rejected", "--on", "2026-11-25", in: box)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "Globex, SRE is already closed (said no); nothing was changed.\n", "\(again.stdout)")
        #expect(files(box) == before, "nothing was written")
        let json = try application(run("app", "close", "globex", "rejected", "--json", in: box))
        #expect(json["outcome"] as? String == "rejected")
        let events = try #require(json["timeline"] as? [[String: Any]])
        #expect(events.filter { $0["what"] as? String == "rejected" }.count == 1, "one close on the timeline")
    }

    @Test func theRestOfTheAppCommandsAnswerInJSON() throws {
        let box = try CLITests.Sandbox()
        #expect(try run("app", "add", "--company", "Globex", "--role", "SRE", in: box).status == 0)
        let shown = try application(run("app", "show", "globex", "--json", in: box))
        #expect(shown["company"] as? String == "Globex")
        let feedback = try application(run("app", "feedback", "globex", "liked the design answer", "--json", in: box))
        let events = try #require(feedback["timeline"] as? [[String: Any]])
        #expect(events.contains { $0["what"] as? String == "feedback" })
    }
}
