/// Three-way merges of free text and of lists, item by item: what either side added is kept,
/// an item one side removed and the other left alone goes, and an item both changed is kept in
/// both versions, since neither may be lost.
public enum TextMerge {
    /// Merges `mine` and `theirs`, two versions of `base`, by whole paragraphs, list items,
    /// headings and fenced blocks (never by substring). Mine's order and spacing are kept; an
    /// item only theirs has goes beside its neighbours there.
    public static func merge(base: String, mine: String, theirs: String) -> String {
        if theirs == base || mine == theirs { return mine }
        if mine == base { return theirs }
        func items(_ text: String) -> [(OrderedMerge.Occurrence, TextItem)] {
            OrderedMerge.keyed(TextItems.split(text), identity: \.identity)
        }
        let merged = OrderedMerge.merge(base: items(base), mine: items(mine), theirs: items(theirs),
                                        decide: OrderedMerge.presence)
        return TextItems.join(merged)
    }

    /// Merges two versions of a list (front-matter `wins`, `tags`...) item by item, the same way.
    public static func merge(base: [String], mine: [String], theirs: [String]) -> [String] {
        if theirs == base || mine == theirs { return mine }
        if mine == base { return theirs }
        func keyed(_ list: [String]) -> [(OrderedMerge.Occurrence, String)] { OrderedMerge.keyed(list) { $0 } }
        return OrderedMerge.merge(base: keyed(base), mine: keyed(mine), theirs: keyed(theirs), decide: OrderedMerge.presence)
    }

    /// The items of `text` that `other` has too (as many times as both have them), in `text`'s
    /// order: a base that assumes nothing was removed, when the real one is not known.
    public static func common(_ text: String, _ other: String) -> String {
        var left: [String: Int] = [:]
        for item in TextItems.split(other) { left[item.identity, default: 0] += 1 }
        let shared = TextItems.split(text).filter { item in
            guard let n = left[item.identity], n > 0 else { return false }
            left[item.identity] = n - 1
            return true
        }
        return TextItems.join(shared)
    }
}
