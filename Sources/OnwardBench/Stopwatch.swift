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

    /// Two closures timed in turn, `base` then `candidate`, so that both meet the same load (the
    /// machine is shared); the ratio is the median of each pair's ratio.
    struct Paired {
        var name: String
        var runs: Int
        var base: Double
        var candidate: Double
        var ratio: Double
    }

    func compare(_ name: String, base: () -> Void, candidate: () -> Void) -> Paired {
        base(); candidate()
        var bases: [Double] = [], candidates: [Double] = [], ratios: [Double] = []
        let start = Self.now()
        while ratios.count < maxRuns && (ratios.count < minRuns || Self.now() - start < 2 * budget) {
            let t0 = Self.now()
            base()
            let t1 = Self.now()
            candidate()
            let t2 = Self.now()
            bases.append(t1 - t0)
            candidates.append(t2 - t1)
            ratios.append((t2 - t1) / (t1 - t0))
        }
        func median(_ v: [Double]) -> Double { v.sorted()[v.count / 2] }
        return Paired(name: name, runs: ratios.count, base: median(bases), candidate: median(candidates), ratio: median(ratios))
    }
}
