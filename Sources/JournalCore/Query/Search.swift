import Foundation

/// Full-text search over whole entry files (the body and the front matter's values, not its
/// key names or the lines onward writes itself): an entry matches when it contains every word,
/// ignoring case and accents (`cafe` finds "Café", `resume` "résumé").
///
/// Words are compared as folded bytes (`ByteScan.searchFolded`) with a `memchr` scan. A file
/// that is all ASCII, as most are, is only lowercased in one pass; a file with other bytes is
/// folded too. A word that still has non-Latin letters after folding ("面接", "ΔΕΣ") falls back
/// to Foundation's case- and accent-insensitive search on the decoded text.
public struct Search: Sendable {
    /// The words to find, lowercased, in the order given.
    public let words: [String]
    /// The words that are plain ASCII once folded, as bytes.
    let byteWords: [[UInt8]]
    private let unicodeWords: [String]

    /// Words are the terms split on white space; empty ones are dropped.
    public init(_ terms: [String]) {
        let words = terms
            .flatMap { $0.split(whereSeparator: { $0.isWhitespace }) }
            .map { $0.lowercased() }
            .filter { !$0.isEmpty }
        self.words = words
        var byteWords: [[UInt8]] = [], unicodeWords: [String] = []
        for word in words {
            let folded = ByteScan.searchFolded(Array(word.utf8))
            if folded.isEmpty { continue }  // only combining accents: nothing left to find
            if folded.allSatisfy({ $0 < 0x80 }) { byteWords.append(folded) } else { unicodeWords.append(word) }
        }
        self.byteWords = byteWords
        self.unicodeWords = unicodeWords
    }

    /// The query split into words, e.g. `Search(query: "final interview")`.
    public init(query: String) { self.init([query]) }

    /// True when there is nothing to look for.
    public var isEmpty: Bool { words.isEmpty }

    /// Searches the readable entries of a snapshot, newest first, reading each file through the
    /// store's file system; a file that vanished since the snapshot is skipped.
    public func run(in snapshot: JournalSnapshot, store: JournalStore) -> [SearchResult] {
        guard !isEmpty else { return [] }
        let entries = snapshot.entries
        // Each file is read and scanned on its own, so the files are shared out among the cores.
        let found = ParallelMap.map(entries.count) { [self] i -> SearchResult? in
            let stored = entries[i]
            guard let bytes = try? store.fileSystem.read(store.absolute(stored.relativePath), limit: EntryFileReader.sizeLimit),
                  let snippet = snippet(in: bytes) else { return nil }
            return SearchResult(stored: stored, snippet: snippet)
        }
        return found.compactMap { $0 }
    }

    /// The snippet around the first match when the bytes contain every word, else nil.
    ///
    /// A match in the body is preferred for the snippet, since a front-matter line reads worse.
    public func snippet(in bytes: [UInt8]) -> String? {
        guard let (offset, length) = firstMatch(in: bytes) else { return nil }
        return Snippet.make(bytes, matchAt: offset, length: length)
    }

    /// Byte offset and length of the match the snippet shows, or nil when a word is missing.
    func firstMatch(in bytes: [UInt8]) -> (Int, Int)? {
        guard !isEmpty, !(byteWords.isEmpty && unicodeWords.isEmpty) else { return nil }
        // Most files lack a word: find all of them before looking for where the body starts.
        var folded: [UInt8] = []
        var nonASCII = false
        if !byteWords.isEmpty {
            (folded, nonASCII) = ByteScan.asciiLowercasedNotingNonASCII(bytes)
            if nonASCII { folded = ByteScan.searchFolded(bytes) }
        }
        var firsts: [Int] = []
        for word in byteWords {
            guard let first = ByteScan.firstOffset(of: word, in: folded) else { return nil }
            firsts.append(first)
        }
        // Only a file that has every word pays for hiding the front matter's key names, and only
        // when a word was first found up there.
        var masked = false
        if !byteWords.isEmpty, case let frontEnd = ByteScan.bodyOffset(folded), firsts.contains(where: { $0 < frontEnd }) {
            FrontMatterSearchMask.apply(&folded, bodyStart: frontEnd)
            masked = true
            for (n, word) in byteWords.enumerated() where firsts[n] < frontEnd {
                guard let first = ByteScan.firstOffset(of: word, in: folded) else { return nil }
                firsts[n] = first
            }
        }
        var best: (offset: Int, length: Int)?
        var bestInBody: (offset: Int, length: Int)?
        func note(_ offset: Int, _ length: Int, inBody: Bool) {
            if inBody {
                if bestInBody == nil || offset < bestInBody!.offset { bestInBody = (offset, length) }
            } else if best == nil || offset < best!.offset {
                best = (offset, length)
            }
        }

        if !byteWords.isEmpty {
            // Offsets in a folded copy of a non-ASCII file are mapped back to the original bytes.
            var map: [Int] = []
            if nonASCII {
                folded = ByteScan.searchFolded(bytes, offsets: &map)
                if masked { FrontMatterSearchMask.apply(&folded, bodyStart: ByteScan.bodyOffset(folded)) }
            }
            func original(_ start: Int, _ length: Int) -> (Int, Int) {
                guard nonASCII else { return (start, length) }
                let from = map[start], to = map[min(start + length, map.count - 1)]
                return (from, max(1, to - from))
            }
            let bodyStart = ByteScan.bodyOffset(folded)
            for (word, first) in zip(byteWords, firsts) {
                let (at, length) = original(first, word.count)
                note(at, length, inBody: false)
                let inBody = first >= bodyStart ? first : ByteScan.firstOffset(of: word, in: folded, from: bodyStart)
                if let inBody {
                    let (bodyAt, bodyLength) = original(inBody, word.count)
                    note(bodyAt, bodyLength, inBody: true)
                }
            }
        }
        if !unicodeWords.isEmpty {
            guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
            let bodyIndex = text.utf8.index(text.utf8.startIndex, offsetBy: ByteScan.bodyOffset(bytes))
            let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
            for word in unicodeWords {
                guard let range = text.range(of: word, options: options) else { return nil }
                note(offset(of: range, in: text), text.utf8.distance(from: range.lowerBound, to: range.upperBound), inBody: false)
                if let body = text.range(of: word, options: options, range: bodyIndex..<text.endIndex) {
                    note(offset(of: body, in: text), text.utf8.distance(from: body.lowerBound, to: body.upperBound), inBody: true)
                }
            }
        }
        guard let chosen = bestInBody ?? best else { return nil }
        return (chosen.offset, chosen.length)
    }

    private func offset(of range: Range<String.Index>, in text: String) -> Int {
        text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
    }
}
