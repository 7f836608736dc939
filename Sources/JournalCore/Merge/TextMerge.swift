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
}
