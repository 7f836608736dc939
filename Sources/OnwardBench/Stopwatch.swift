/// Times a closure repeatedly and reports the median, so one slow run (a page fault, the other
/// core busy) does not decide the number.
struct Stopwatch {
    /// Stop after this many seconds of runs, but run at least `minRuns` times.
    var budget = 1.5
    var minRuns = 5
    var maxRuns = 200

    struct Result {
        var name: String
        var runs: Int
        var median: Double
        var min: Double
        var perItem: Int?
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    func measure(_ name: String, items: Int? = nil, _ body: () -> Void) -> Result {
        body()  // warm caches and lazy statics
        var times: [Double] = []
        let start = Self.now()
        while times.count < maxRuns && (times.count < minRuns || Self.now() - start < budget) {
            let t0 = Self.now()
            body()
            times.append(Self.now() - t0)
        }
        times.sort()
        return Result(name: name, runs: times.count, median: times[times.count / 2], min: times[0], perItem: items)
    }
}
