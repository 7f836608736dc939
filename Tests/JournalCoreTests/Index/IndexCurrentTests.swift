import Testing
@testable import JournalCore

/// `isCurrent`: the walk and the index name the same files with the same stamps, in any order;
/// anything else (a path swapped between two stamps, a file more or less) is stale.
@Suite("Index current against the walk")
struct IndexCurrentTests {
    static func stored(_ path: String, _ stamp: FileStamp) -> StoredEntry {
        let t = LocalTimestamp(day: LocalDay(year: 2026, month: 1, day: 1), hour: 9, minute: 0, utcOffset: 0)
        var s = StoredEntry(entry: Entry(id: EntryID(EntryFileName.stem(of: path)), kind: .note, created: t),
                            relativePath: path, size: stamp.size, modified: stamp.modified)
        s.changed = stamp.changed
        s.inode = stamp.inode
        return s
    }

    static func found(_ files: [(String, FileStamp)]) -> IndexWalker.Found {
        var found = IndexWalker.Found()
        found.files = files.map { ($0.0, FileStatus(size: $0.1.size, modified: $0.1.modified, kind: .file, changed: $0.1.changed, inode: $0.1.inode)) }
        return found
    }

    @Test func sameFilesInAnyOrderAreCurrentAndAPathSwappedIsNot() throws {
        var rng = SplitMix64(seed: 41)
        // Some stamps tie (inode unknown, same size and times): then the paths decide the order.
        let files = (0..<300).map { i -> (String, FileStamp) in
            let tie = i % 5 == 0
            return ("entries/2026/01/2026-01-01-\(1000 + i)-note.md",
                    FileStamp(size: tie ? 100 : 100 + i, modified: tie ? 7 : Int64(rng.next(below: 1000)), changed: tie ? 7 : Int64(i), inode: tie ? 0 : UInt64(i + 1)))
        }
        let heads = try IndexFileFormat.decodeHeads(IndexFileFormat.encode(files.map { Self.stored($0.0, $0.1) }))
        var shuffled = files
        shuffled.shuffle(using: &rng)
        #expect(JournalIndex.isCurrent(heads, Self.found(shuffled)))
        #expect(JournalIndex.isCurrent(files.map { Self.stored($0.0, $0.1) }, Self.found(shuffled)))
        // Two files' paths swapped, stamps kept: each stamp now names the other path.
        var swapped = shuffled
        let (a, b) = (swapped.firstIndex { $0.1.inode == 3 }!, swapped.firstIndex { $0.1.inode == 4 }!)
        (swapped[a].0, swapped[b].0) = (swapped[b].0, swapped[a].0)
        #expect(!JournalIndex.isCurrent(heads, Self.found(swapped)))
        // Among tied stamps a path renamed is stale too; one file more or less is.
        var renamed = shuffled
        let tied = renamed.firstIndex { $0.1.inode == 0 }!
        renamed[tied].0 += ".moved"
        #expect(!JournalIndex.isCurrent(heads, Self.found(renamed)))
        #expect(!JournalIndex.isCurrent(heads, Self.found(Array(shuffled.dropLast()))))
        var changed = shuffled
        changed[7].1.changed += 1
        #expect(!JournalIndex.isCurrent(heads, Self.found(changed)))
    }
}
