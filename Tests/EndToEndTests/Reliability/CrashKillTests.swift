import Foundation
import OnwardTestSupport
import JournalCore
import Testing

/// The crash-safety program: a guided reflection typed in tmux with known words,
/// killed with SIGKILL at seeded moments (typing, step changes, saving), scheduled by keystrokes
/// and screen events so that a seed repeats the same schedule. After each
/// kill the journal must hold only readable files, the finished entries byte for byte, and
/// every word typed more than `graceSeconds` before the kill; the next start offers the draft.
///
/// `ONWARD_CRASH_KILLS` sets the number of kills (default 10, `make test-crash` runs 200) and
/// `ONWARD_CRASH_SEED` the seed (default 1), so a failing run can be repeated.
@Suite("Crash safety", .serialized, .enabled(if: TmuxSession.isAvailable), .timeLimit(.minutes(60)))
struct CrashKillTests {
    /// The autosave keeps unsaved typing under 3 s old; allow 1 s for a loaded machine.
    static let graceSeconds = 4.0

    let journal = FileManager.default.temporaryDirectory.appendingPathComponent("onward-crash-\(UUID().uuidString)").path

    struct Word {
        let text: String
        let sent: Date
    }

    struct Tally {
        var kills = 0, corruptFiles = 0, lostEntries = 0, lostWords = 0, draftsNotOffered = 0
        var leftoverTempFiles = 0, tempFilesAfterRestart = 0, entriesSaved = 0
        var worstLoss: TimeInterval = 0
        var moments: [String: Int] = [:]
    }

    @Test func randomKillsLoseNothingOlderThanAFewSeconds() throws {
        let env = ProcessInfo.processInfo.environment
        // ONWARD_CRASH_KEEP=1 keeps the journal to look at after a failure.
        defer {
            if env["ONWARD_CRASH_KEEP"] == "1" { print("crash journal kept at \(journal)") }
            else { for s in ["", "-home", "-config"] { try? FileManager.default.removeItem(atPath: journal + s) } }
        }
        let kills = env["ONWARD_CRASH_KILLS"].flatMap(Int.init) ?? 10
        let seed = env["ONWARD_CRASH_SEED"].flatMap(UInt64.init) ?? 1
        var random = SplitMix64(seed: seed)
        var tally = Tally()
        var finished: [String: [UInt8]] = [:]  // entry path -> bytes when it was saved
        var pending: [Word] = []  // typed into the reflection in progress
        let started = Date()
        var schedule: [String] = []  // per round: moment, words typed, extra keys; repeats with the seed

        for round in 1...kills {
            let tmux = try TmuxSession(journal: journal)
            defer { tmux.stop() }
            let hadDraft = !draftFiles().isEmpty
            let home = try tmux.waitFor("Reflect on a rejection", timeout: 20)
            if hadDraft && !home.contains("An unfinished reflection") {
                tally.draftsNotOffered += 1
                Issue.record("round \(round): a draft was on disk but the home screen did not offer it:\n\(home)")
            }
            // Leftovers of the last kill must be gone once onward has started again.
            // The new onward's own saves in flight (named with its pid) are not leftovers.
            let running = try tmux.programPID()
            tally.tempFilesAfterRestart += temporaryFiles().filter { !$0.contains(".tmp-\(running)-") }.count
            try tmux.press(hadDraft ? "r" : "Enter")
            // A draft may resume at the summary; one killed after its entry was written (before the
            // draft was removed) is found saved already, and the home screen says so.
            let resumed = try waitForAny(tmux, ["Step ", "Your reflection, to read over", "was saved already"])
            if !resumed.contains("Step ") && !resumed.contains("Your reflection, to read over") {
                if !draftFiles().isEmpty {
                    Issue.record("round \(round): the draft of a saved reflection was not settled:\n\(resumed)")
                }
                pending.removeAll()  // its words are in the saved entry, checked in `finished`
                try tmux.press("Enter")
                try waitForAny(tmux, ["Step "])
            }
            for _ in 0..<11 { try tmux.press("C-p") }  // to step 1, whatever step the draft was at
            try tmux.waitFor("Step 1 of 10")
            try tmux.press("C-e")  // not End: under load its escape sequence can arrive split, as a lone Esc

            // The schedule comes from the seed alone, counted in keystrokes and screen events,
            // never in wall-clock windows: the same seed types the same words, changes step at
            // the same words and kills at the same point of the same event.
            let words = 3 + Int(random.next(below: 150))
            var n = 0
            for _ in 0..<words {
                n += 1
                // The dot ends the word, so "k1w4." is never found inside "k1w40.".
                let word = "k\(round)w\(n)."
                try tmux.type(word + " ")
                pending.append(Word(text: word, sent: Date()))
                // Every fifth word waits until the screen shows it: typing keeps the pace of the program.
                if n % 5 == 0 { try tmux.waitFor(word) }
                if random.next(below: 100) < 8 {
                    try tmux.press("C-n"); try tmux.press("C-p")
                    try tmux.waitFor("Step 1 of 10")
                }
            }
            let moment: String
            let extraKeys = Int(random.next(below: 4))
            switch random.next(below: 3) {
            case 0:
                moment = "typing"
                // Killed as the last word shows, or up to three unconfirmed words later.
                try tmux.waitFor("k\(round)w\(n).")
                for _ in 0..<extraKeys { n += 1; let word = "k\(round)w\(n)."; try tmux.type(word + " "); pending.append(Word(text: word, sent: Date())) }
            case 1:
                moment = "step change"
                try tmux.press("C-n")
                // Killed as the key is sent, or once the next step is on screen.
                if extraKeys > 1 { try tmux.waitFor("Step 2 of 10") }
            default:
                moment = "saving"
                for _ in 0..<10 { try tmux.press("C-n") }
                try tmux.waitFor("Your reflection, to read over before saving", timeout: 20)
                try tmux.press("Enter")
                // Killed as Enter is sent, or once the saved entry has left the summary.
                if extraKeys > 1 { try waitForGone(tmux, "Your reflection, to read over before saving") }
            }
            let killedAt = Date()
            kill(try tmux.programPID(), SIGKILL)
            try tmux.waitForExit()
            tally.kills += 1
            tally.moments[moment, default: 0] += 1
            schedule.append("\(moment.prefix(1))\(n)+\(extraKeys)")
            if env["ONWARD_CRASH_KEEP"] == "1" { print("round \(round): \(moment), typed \(n) words") }

            // 1. Every Markdown file parses.
            let files = markdownFiles()
            for (path, bytes) in files where !path.contains("/.") {
                if case .failure(let error) = EntryFileReader.decode(bytes, fallbackID: nil) {
                    tally.corruptFiles += 1
                    Issue.record("round \(round) (\(moment)): \(path) does not parse: \(error)")
                }
            }
            // 2. Finished entries are intact.
            for (path, bytes) in finished where files[path] != bytes {
                tally.lostEntries += 1
                Issue.record("round \(round) (\(moment)): the finished entry \(path) changed or vanished")
            }
            // 3. Every word typed before the grace period is somewhere on disk.
            let everything = files.values.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
            let missing = pending.filter { !everything.contains($0.text) }
            // Words lost within the grace period are counted once, here, and not again.
            pending.removeAll { word in missing.contains { $0.text == word.text } }
            for word in missing {
                let age = killedAt.timeIntervalSince(word.sent)
                tally.worstLoss = max(tally.worstLoss, age)
                if age > Self.graceSeconds {
                    tally.lostWords += 1
                    Issue.record("round \(round) (\(moment)): \"\(word.text)\", typed \(String(format: "%.1f", age)) s before the kill, is lost")
                }
            }
            tally.leftoverTempFiles += temporaryFiles().count
            // A saved entry ends the session: its words are safe, its bytes must stay.
            let newEntries = files.filter { $0.key.hasPrefix("entries/") && finished[$0.key] == nil }
            for (path, bytes) in newEntries { finished[path] = bytes; tally.entriesSaved += 1 }
            if !newEntries.isEmpty && draftFiles().isEmpty { pending.removeAll() }
        }
        let elapsed = Date().timeIntervalSince(started)
        let summary = """
            crash safety (seed \(seed)): \(tally.kills) kills in \(Int(elapsed)) s \
            [\(tally.moments.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))]; \
            corrupt files \(tally.corruptFiles), lost entries \(tally.lostEntries), lost words \(tally.lostWords), \
            drafts not offered \(tally.draftsNotOffered), entries saved \(tally.entriesSaved), \
            temp files left by kills \(tally.leftoverTempFiles) (after restart \(tally.tempFilesAfterRestart)), \
            worst-case typing lost \(String(format: "%.2f", tally.worstLoss)) s; \
            schedule \(schedule.prefix(12).joined(separator: " "))\(schedule.count > 12 ? " ..." : "")
            """
        print(summary)
        // Kept in a file only when asked: a test leaves nothing behind in the temporary folder.
        if let path = ProcessInfo.processInfo.environment["ONWARD_CRASH_SUMMARY"] {
            try? summary.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(tally.corruptFiles == 0 && tally.lostEntries == 0 && tally.lostWords == 0 && tally.tempFilesAfterRestart == 0)
    }

    /// Polls until `text` has left the screen (the program moved on), with a deadline.
    func waitForGone(_ tmux: TmuxSession, _ text: String, timeout: TimeInterval = 20) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try tmux.screen()
            if !screen.contains(text) { return }
            Thread.sleep(forTimeInterval: 0.03)
        }
        throw TmuxError.timedOut(waitingFor: "\(text) to go", screen: screen)
    }

    /// Polls until one of `texts` is on screen, with a deadline; returns that screen.
    @discardableResult
    func waitForAny(_ tmux: TmuxSession, _ texts: [String], timeout: TimeInterval = 20) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try tmux.screen()
            if texts.contains(where: screen.contains) { return screen }
            Thread.sleep(forTimeInterval: 0.03)
        }
        throw TmuxError.timedOut(waitingFor: texts.joined(separator: " or "), screen: screen)
    }

    /// Every `.md` and temporary file in the journal, relative path -> bytes.
    func markdownFiles() -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: journal)) ?? [] where path.hasSuffix(".md") {
            if let data = FileManager.default.contents(atPath: journal + "/" + path) { out[path] = Array(data) }
        }
        return out
    }

    func draftFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: journal + "/.onward/drafts")) ?? []).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
    }

    func temporaryFiles() -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: journal)) ?? []).filter { $0.contains(".tmp-") }
    }
}
