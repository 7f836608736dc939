import JournalCore

// onward-bench JOURNAL RARE_WORD COMMON_WORD   (or --paste: only the paste cases; --applications JOURNAL)
// Micro-benchmarks of the hot paths a stopwatch around the whole program cannot separate.
// The browse screen's keystroke-to-frame timings are in BrowseKeystroke.swift, the paste
// into a text box in PasteIntoTextBox.swift.

let args = CommandLine.arguments
if args.count == 2 && args[1] == "--paste" {
    for r in PasteIntoTextBox().results() {
        print("| \(r.name) | \(r.runs) | \(Int((r.median * 1000).rounded())) ms | min \(Int((r.min * 1000).rounded())) ms |")
    }
    exit(0)
}
if args.count == 3 && args[1] == "--applications" {
    let frames = ScreenFirstFrames(store: JournalStore(root: args[2]))
    let results = frames.results()
    print("| screens micro-benchmark | runs | median ms | min ms |")
    print("| --- | ---: | ---: | ---: |")
    for r in results { print("| \(r.name) | \(r.runs) | \(ms(r.median)) | \(ms(r.min)) |") }
    func ratio(_ a: Double, _ b: Double) -> String {
        String(Int((a / b * 100).rounded())).paddedMillis(2) + "x"
    }
    print("| Insights screen's data / stats' work | | \(ratio(results[4].median, results[3].median)) | target <= 1x |")
    print("| Insights screen's first frame / stats' work | | \(ratio(results[5].median, results[3].median)) | |")
    print("")
    print("| measured in alternation (pairs) | runs | base ms | this ms | median ratio | target |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    let targets = ["<= 2x", "", "<= 2x", "home appears within 100 ms"]
    for (r, target) in zip(frames.paired(), targets) {
        print("| \(r.name) | \(r.runs) | \(ms(r.base)) | \(ms(r.candidate)) | \(ratio(r.ratio, 1)) | \(target) |")
    }
    exit(0)
}
guard args.count == 4 else {
    print("usage: onward-bench JOURNAL RARE_WORD COMMON_WORD, or onward-bench --paste, or onward-bench --applications JOURNAL")
    exit(2)
}
let store = JournalStore(root: args[1])
let index = JournalIndex(store: store)
let watch = Stopwatch()
var results: [Stopwatch.Result] = []

// Make sure the index is current, so "warm" really is warm.
let (snapshot, _) = try index.refresh()
let count = snapshot.entries.count
let sample = snapshot.entries.prefix(500).compactMap { try? store.rawBytes($0.relativePath) }

results.append(watch.measure("codec: parse one entry (EntryFileReader.decode)", items: sample.count) {
    for bytes in sample { _ = EntryFileReader.decode(bytes, fallbackID: nil) }
})
results.append(watch.measure("index: read + decode records", items: count) {
    _ = index.records()
})
results.append(watch.measure("index: select newest 20 (list's work: walk + fstatat + heads)", items: count) {
    _ = try? index.select(EntryFilter(limit: 20))
})
results.append(watch.measure("index: refresh (walk + fstatat + decode), warm", items: count) {
    _ = try? index.refresh()
})
results.append(watch.measure("full parse: JournalStore.load()", items: count) {
    _ = try? store.load()
})
for word in [args[2], args[3]] {
    let search = Search([word])
    results.append(watch.measure("search \"\(word)\" over the indexed snapshot", items: count) {
        _ = search.run(in: snapshot, store: store)
    })
}
results.append(watch.measure("stats from the indexed snapshot", items: count) {
    _ = Stats(entries: snapshot.entries.lazy.map(\.entry), today: LocalDay(year: 2026, month: 12, day: 31))
})
results.append(watch.measure("insights from the indexed snapshot", items: count) {
    _ = Insights(entries: snapshot.entries.lazy.map(\.entry))
})
results += BrowseKeystroke(snapshot: snapshot, store: store, word: args[3]).results()
results += PasteIntoTextBox().results()

func ms(_ s: Double) -> String {
    let v = s * 1000
    return v < 10 ? String(Int((v * 100).rounded())).paddedMillis(2) : String(Int((v * 10).rounded())).paddedMillis(1)
}

extension String {
    /// "1234" with 2 decimals -> "12.34".
    func paddedMillis(_ decimals: Int) -> String {
        let digits = count <= decimals ? String(repeating: "0", count: decimals - count + 1) + self : self
        return String(digits.dropLast(decimals)) + "." + String(digits.suffix(decimals))
    }
}

print("| micro-benchmark (\(count) entries) | runs | median ms | min ms | per item us |")
print("| --- | ---: | ---: | ---: | ---: |")
for r in results {
    let per = r.perItem.map { $0 > 0 ? String(Int((r.median / Double($0) * 1e6).rounded())) : "-" } ?? "-"
    print("| \(r.name) | \(r.runs) | \(ms(r.median)) | \(ms(r.min)) | \(per) |")
}
