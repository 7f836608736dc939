/// The three days a list needs from an application's `## Timeline`: the latest dated event,
/// the earliest, and the first answer. A list of 2,000 applications asks for them all at once,
/// so a timeline as onward writes it (ASCII `- ` lines) is read from its bytes; anything else
/// (other markers, indented or fenced lines, non-ASCII text) goes through `Section.bullets` and
/// `TimelineEvent`, which define the meaning, and a differential test holds the two together.
struct TimelineFacts: Equatable {
    var latest: LocalDay?
    var earliest: LocalDay?
    var firstAnswer: LocalDay?

    init(body: String) {
        var copy = body
        if let fast = copy.withUTF8({ Self.fast($0) }) { self = fast } else { self.init(events: Self.events(body)) }
    }

    init(events: [TimelineEvent]) {
        for event in events {
            guard let day = event.day else { continue }
            if latest.map({ day > $0 }) ?? true { latest = day }
            if earliest.map({ day < $0 }) ?? true { earliest = day }
            if event.isAnswer, firstAnswer.map({ day < $0 }) ?? true { firstAnswer = day }
        }
    }

    private init() {}

    /// The events as the record shows them: every bullet of the body (`app list --json` asks
    /// for 2,000 timelines, so onward's own form is read from its bytes, with the same meaning).
    static func events(_ body: String) -> [TimelineEvent] {
        var copy = body
        if let fast = copy.withUTF8({ fastEvents($0) }) { return fast }
        return referenceEvents(body)
    }

    /// The events by the reading that defines them: `Section.bullets`, each read by `TimelineEvent`.
    static func referenceEvents(_ body: String) -> [TimelineEvent] {
        Section(heading: ApplicationChange.timelineHeading, body: body).bullets.map(TimelineEvent.init(parsing:))
    }

    /// The events of a body `items` takes; nil for any other body.
    static func fastEvents(_ b: UnsafeBufferPointer<UInt8>) -> [TimelineEvent]? {
        var events: [TimelineEvent] = []
        guard items(b, { events.append(event($0)) }) else { return nil }
        return events
    }

    private static let space: UInt8 = 0x20, dash: UInt8 = 0x2D, newline: UInt8 = 0x0A, colon: UInt8 = 0x3A

    /// The facts from a body of empty lines and `- item` lines of printable ASCII; nil for any other body.
    static func fast(_ b: UnsafeBufferPointer<UInt8>) -> TimelineFacts? {
        var facts = TimelineFacts()
        guard items(b, { facts.add($0) }) else { return nil }
        return facts
    }

    /// Hands `visit` each item of a body of empty lines and `- item` lines of printable ASCII,
    /// trimmed of spaces, as `Section.bullets` reads them; false (having stopped) for any other body.
    private static func items(_ b: UnsafeBufferPointer<UInt8>, _ visit: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        var i = 0
        while i < b.count {
            var end = i
            while end < b.count && b[end] != newline { end += 1 }
            if end > i {
                guard end - i >= 2, b[i] == dash, b[i + 1] == space else { return false }
                var start = i + 2, stop = end
                for k in start..<stop where b[k] < space || b[k] > 0x7E { return false }
                while start < stop && b[start] == space { start += 1 }
                while stop > start && b[stop - 1] == space { stop -= 1 }
                if start < stop {
                    // "- - -" is a thematic break for Section.bullets, not an item.
                    if b[start] == dash, (start..<stop).allSatisfy({ b[$0] == dash || b[$0] == space }) { return false }
                    visit(UnsafeBufferPointer(rebasing: b[start..<stop]))
                }
            }
            i = end + 1
        }
        return true
    }

    /// One item of printable ASCII, read as `TimelineEvent(parsing:)` reads it.
    private static func event(_ item: UnsafeBufferPointer<UInt8>) -> TimelineEvent {
        var rest = 0
        var day: LocalDay?
        if item.count >= 10, item.count == 10 || item[10] == space, let found = Self.day(item) {
            day = found
            rest = 10
        }
        while rest < item.count && item[rest] == space { rest += 1 }
        let words = UnsafeBufferPointer(rebasing: item[rest...])
        func text(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> String { String(decoding: UnsafeBufferPointer(rebasing: part), as: UTF8.self) }
        func lowered(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> String {
            String(decoding: part.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        if let c = words.firstIndex(of: colon), c > 0, !words[..<c].contains(space) {
            var start = c + 1, stop = words.count
            while start < stop && words[start] == space { start += 1 }
            while stop > start && words[stop - 1] == space { stop -= 1 }
            return TimelineEvent(day: day, what: lowered(words[..<c]), text: text(words[start..<stop]))
        }
        if !words.isEmpty, !words.contains(space) { return TimelineEvent(day: day, what: lowered(words[...]), text: "") }
        return TimelineEvent(day: day, what: nil, text: text(words[...]))
    }

    /// One item, read as `TimelineEvent(parsing:)` reads it.
    private mutating func add(_ item: UnsafeBufferPointer<UInt8>) {
        guard item.count >= 10, item.count == 10 || item[10] == Self.space, let day = Self.day(item) else { return }
        var rest = 10
        while rest < item.count && item[rest] == Self.space { rest += 1 }
        let words = UnsafeBufferPointer(rebasing: item[rest...])
        var what: UnsafeBufferPointer<UInt8>?
        if let c = words.firstIndex(of: Self.colon), c > 0, !words[..<c].contains(Self.space) {
            what = UnsafeBufferPointer(rebasing: words[..<c])
        } else if !words.isEmpty, !words.contains(Self.space) {
            what = words
        }
        if latest.map({ day > $0 }) ?? true { latest = day }
        if earliest.map({ day < $0 }) ?? true { earliest = day }
        if let what, Self.isAnswer(what), firstAnswer.map({ day < $0 }) ?? true { firstAnswer = day }
    }

    private static func day(_ b: UnsafeBufferPointer<UInt8>) -> LocalDay? {
        func digits(_ range: Range<Int>) -> Int? {
            var v = 0
            for k in range {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        guard b[4] == dash, b[7] == dash, let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10),
              CivilCalendar.isValid(year: y, month: m, day: d) else { return nil }
        return LocalDay(year: y, month: m, day: d)
    }

    /// `TimelineEvent.isAnswer` for a word of ASCII bytes (any case).
    private static func isAnswer(_ what: UnsafeBufferPointer<UInt8>) -> Bool {
        guard what.count <= 16 else { return false }  // longer than any answer's word
        let word = String(decoding: what.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        return TimelineEvent(day: nil, what: word).isAnswer
    }
}
