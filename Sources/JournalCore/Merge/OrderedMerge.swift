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
        var kept: [(Key, Value)] = []
        var keptKeys = Set<Key>()
        for (key, value) in mine {
            if let merged = decide(baseByKey[key], value, theirsByKey[key]) {
                kept.append((key, merged))
                keptKeys.insert(key)
            }
        }
        // What only theirs has, grouped by where it goes: after the nearest element before it in
        // theirs that is kept (or in the group that element joined), else before the nearest kept
        // one after it, else at the end. One pass, so a long text merges in linear time.
        var after: [Key: [Value]] = [:], before: [Key: [Value]] = [:]
        var waiting: [Value] = []
        var group: Key?
        for (key, value) in theirs {
            if mineKeys.contains(key) {
                guard keptKeys.contains(key) else { continue }
                if !waiting.isEmpty { before[key, default: []] += waiting; waiting = [] }
                group = key
            } else if let merged = decide(baseByKey[key], nil, value) {
                if let group { after[group, default: []].append(merged) } else { waiting.append(merged) }
            }
        }
        var out: [Value] = []
        out.reserveCapacity(kept.count + waiting.count)
        for (key, value) in kept {
            out += before[key] ?? []
            out.append(value)
            out += after[key] ?? []
        }
        return out + waiting
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
