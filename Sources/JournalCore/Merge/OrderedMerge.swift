/// The three-way merge of sequences whose elements have unique keys: what is kept is decided
/// key by key, and the order is mine's, with what only theirs has placed beside the elements it
/// stood beside in theirs.
enum OrderedMerge {
    /// Merges `mine` and `theirs`, both made from `base`. `decide` gets a key's element in each
    /// of the three (nil where the key is missing) and returns the merged element, or nil to leave
    /// it out.
    static func merge<Key: Hashable, Value>(base: [(Key, Value)], mine: [(Key, Value)], theirs: [(Key, Value)],
                                            decide: (Value?, Value?, Value?) -> Value?) -> [Value] {
        let baseByKey = Dictionary(base, uniquingKeysWith: { first, _ in first })
        let theirsByKey = Dictionary(theirs, uniquingKeysWith: { first, _ in first })
        let mineKeys = Set(mine.map(\.0))
        var out: [(Key, Value)] = []
        var present = Set<Key>()
        for (key, value) in mine {
            if let kept = decide(baseByKey[key], value, theirsByKey[key]) {
                out.append((key, kept))
                present.insert(key)
            }
        }
        for (i, (key, value)) in theirs.enumerated() where !mineKeys.contains(key) {
            guard let kept = decide(baseByKey[key], nil, value) else { continue }
            out.insert((key, kept), at: place(of: i, in: theirs, among: out, present: present))
            present.insert(key)
        }
        return out.map(\.1)
    }

    /// Where theirs' element `i` goes in `out`: after the nearest element before it in theirs that
    /// is in `out`, else before the nearest one after it, else at the end.
    private static func place<Key: Hashable, Value>(of i: Int, in theirs: [(Key, Value)], among out: [(Key, Value)],
                                                    present: Set<Key>) -> Int {
        for j in stride(from: i - 1, through: 0, by: -1) where present.contains(theirs[j].0) {
            if let at = out.firstIndex(where: { $0.0 == theirs[j].0 }) { return at + 1 }
        }
        for j in (i + 1)..<max(i + 1, theirs.count) where present.contains(theirs[j].0) {
            if let at = out.firstIndex(where: { $0.0 == theirs[j].0 }) { return at }
        }
        return out.count
    }

    /// The usual rule for an element that is either there or not: both sides keep it, or one
    /// side added it; an element one side removed and the other left alone goes.
    static func presence<Value>(_ base: Value?, _ mine: Value?, _ theirs: Value?) -> Value? {
        switch (mine, theirs) {
        case (let m?, .some): return m
        case (let m?, nil): return base == nil ? m : nil
        case (nil, let t?): return base == nil ? t : nil
        case (nil, nil): return nil
        }
    }

    /// Keys for elements that may repeat: the element's identity and which repeat of it this is.
    struct Occurrence: Hashable {
        let identity: String
        let count: Int
    }

    /// Each element keyed by `Occurrence`, so the second "walk" in a list is told from the first.
    static func keyed<Value>(_ values: [Value], identity: (Value) -> String) -> [(Occurrence, Value)] {
        var seen: [String: Int] = [:]
        return values.map { value in
            let id = identity(value)
            let n = seen[id, default: 0]
            seen[id] = n + 1
            return (Occurrence(identity: id, count: n), value)
        }
    }
}
