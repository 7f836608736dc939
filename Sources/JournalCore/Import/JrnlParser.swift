/// Reads jrnl's plain-text format: each entry starts with a `[YYYY-MM-DD HH:MM] title` line
/// (seconds and AM/PM are accepted too) and runs until the next such line.
public enum JrnlParser {
    /// The entries of `text`, in file order; text before the first date line is ignored.
    public static func parse(_ text: String) -> [JrnlEntry] { read(text).entries }

    /// What a jrnl file holds: the entries, and the lines that start like a date line but
    /// whose date cannot be read (`[2024-02-30 10:00]`). Such a line and the text under it
    /// are left out and reported, never folded into the entry before.
    public struct Parsed: Equatable, Sendable {
        public var entries: [JrnlEntry] = []
        /// Line numbers and text of the date lines that could not be read.
        public var undatable: [(line: Int, text: String)] = []

        public static func == (a: Parsed, b: Parsed) -> Bool {
            a.entries == b.entries && a.undatable.map(\.line) == b.undatable.map(\.line)
        }
    }

    /// Parses `text` into entries and undatable date lines.
    public static func read(_ text: String) -> Parsed {
        var parsed = Parsed()
        var current: JrnlEntry?
        var skipping = false
        var body: [Substring] = []
        func finish() {
            guard var entry = current else { return }
            entry.body = Entry.trimBlankLines(body.joined(separator: "\n"))
            parsed.entries.append(entry)
            current = nil
        }
        for (index, line) in TextLines.split(text).enumerated() {
            if let start = dateLine(line, number: index + 1) {
                finish()
                current = start
                skipping = false
                body = []
            } else if looksLikeDateLine(line) {
                finish()
                skipping = true
                parsed.undatable.append((index + 1, String(line.prefix(60))))
            } else if current != nil && !skipping {
                body.append(line)
            }
        }
        finish()
        return parsed
    }

    /// `[` then a digit, and a `]` soon after: meant as a date line, even if its date is wrong.
    static func looksLikeDateLine(_ line: Substring) -> Bool {
        guard line.first == "[", let second = line.dropFirst().first, second.isASCII, second.isNumber,
              let close = line.firstIndex(of: "]") else { return false }
        return line.distance(from: line.startIndex, to: close) <= 32
    }

    /// `[2024-03-01 09:15] Title *` as an entry without a body, or nil when the line is not one.
    static func dateLine(_ line: Substring, number: Int) -> JrnlEntry? {
        guard line.first == "[", let close = line.firstIndex(of: "]") else { return nil }
        let stamp = line[line.index(after: line.startIndex)..<close]
        let parts = stamp.split(separator: " ")
        guard parts.count == 2 || parts.count == 3, let day = LocalDay(parsing: parts[0]), day.isValid else { return nil }
        let clock = parts[1].split(separator: ":")
        guard clock.count == 2 || clock.count == 3, var hour = Int(clock[0]), let minute = Int(clock[1]),
              (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        if parts.count == 3 {
            switch parts[2].uppercased() {
            case "AM": if hour == 12 { hour = 0 }
            case "PM": if hour < 12 { hour += 12 }
            default: return nil
            }
        }
        var title = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
        var starred = false
        if title.hasSuffix(" *") || title == "*" {
            starred = true
            title = String(title.dropLast()).trimmingCharacters(in: .whitespaces)
        } else if title.hasPrefix("* ") {
            starred = true
            title = String(title.dropFirst(2))
        }
        return JrnlEntry(day: day, hour: hour, minute: minute, title: title, body: "", starred: starred, line: number)
    }
}

import Foundation
