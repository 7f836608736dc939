/// One front-matter key onward knows, declared once: how it is read from and written to the
/// file, kept in the index, written in `--json`, and labelled on screen.
///
/// Build rows with the typed factories (`text`, `whole`, `number`, `flag`, `day`, `list`,
/// `choice`); the table of all of them is `EntryFields.all`.
public struct EntryField: Sendable {
    /// How a value is spelled: decides the YAML, index and JSON forms together.
    public enum Shape: Sendable, Equatable {
        case text, whole(ClosedRange<Int>), number(ClosedRange<Double>), flag, day, list, choice([String])

        /// A short stable name, part of the index's layout fingerprint.
        var signature: String {
            switch self {
            case .text: return "text"
            case .whole(let r): return "whole\(r.lowerBound)-\(r.upperBound)"
            case .number(let r): return "number\(r.lowerBound)-\(r.upperBound)"
            case .flag: return "flag"
            case .day: return "day"
            case .list: return "list"
            case .choice(let values): return "choice(" + values.joined(separator: ",") + ")"
            }
        }
    }

    /// When the key appears in `list --json` and `search --json` (and so in `export --format json`).
    public enum Listing: Sendable, Equatable {
        /// Not in the summary; the full text is in the export's `markdown`.
        case never
        /// Only when it has a value.
        case whenSet
        /// Always, an empty list when there is none.
        case always
    }

    /// The front-matter key, e.g. `mood`.
    public let key: String
    /// A short label for screens and exports, e.g. "Mood".
    public let label: String
    /// The kinds the field belongs to (any kind may carry it; this says where onward asks for it).
    public let kinds: Set<EntryKind>
    public let shape: Shape
    public let listing: Listing
    /// Older names of the key, read into the field in its kinds but never written.
    public var aliases: [String] = []

    let read: @Sendable (FieldReader, inout Entry) throws(CodecError) -> Void
    let yaml: @Sendable (Entry) -> String?
    let encode: @Sendable (Entry, inout IndexBytesWriter) -> Void
    let decode: @Sendable (inout IndexBytesReader, inout Entry) throws(IndexDamage) -> Void
    let json: @Sendable (Entry) -> FieldJSON?
    let display: @Sendable (Entry) -> String?
    /// Three-way: sets the field in the third entry (theirs, being merged into) from mine when
    /// mine changed it from base; a list is merged item by item (`EntryMerge`).
    let merge: @Sendable (_ base: Entry, _ mine: Entry, _ into: inout Entry) -> Void

    /// The value as a person reads it ("7.5", "a, b"), nil when unset.
    public func text(of entry: Entry) -> String? { display(entry) }

    /// True when the entry has a value for this field.
    public func isSet(in entry: Entry) -> Bool { display(entry) != nil }
}

extension EntryField {
    /// Reads and writes one stored property. Closures rather than key paths: applying a key
    /// path goes through the runtime, which made decoding the index three times slower.
    struct Access<Value>: Sendable {
        let get: @Sendable (Entry) -> Value
        let set: @Sendable (inout Entry, Value) -> Void

        init(_ get: @escaping @Sendable (Entry) -> Value, _ set: @escaping @Sendable (inout Entry, Value) -> Void) {
            self.get = get
            self.set = set
        }
    }

    /// Free text on one line (`company: Acme`); an empty value is not written.
    static func text(_ key: String, _ access: Access<String?>, label: String, kinds: Set<EntryKind>, listing: Listing = .never) -> EntryField {
        EntryField(key: key, label: label, kinds: kinds, shape: .text, listing: listing,
                   read: { (r, e) throws(CodecError) in access.set(&e, try r.string(key)) },
                   yaml: { e in access.get(e).flatMap { $0.isEmpty ? nil : YAMLWriter.scalar($0) } },
                   encode: { e, w in w.optionalString(access.get(e)) },
                   decode: { (r, e) throws(IndexDamage) in access.set(&e, try r.optionalString()) },
                   json: { e in access.get(e).map(FieldJSON.text) },
                   display: { e in access.get(e).flatMap { $0.isEmpty ? nil : $0 } },
                   merge: changedByMine(access))
    }

    /// A whole number within `range` (`mood: 7`).
    static func whole(_ key: String, _ access: Access<Int?>, _ range: ClosedRange<Int>, label: String, kinds: Set<EntryKind>, listing: Listing = .never) -> EntryField {
        EntryField(key: key, label: label, kinds: kinds, shape: .whole(range), listing: listing,
                   read: { (r, e) throws(CodecError) in access.set(&e, try r.int(key, range)) },
                   yaml: { e in access.get(e).map(String.init) },
                   encode: { e, w in w.optionalInt(access.get(e)) },
                   decode: { (r, e) throws(IndexDamage) in access.set(&e, try r.optionalInt()) },
                   json: { e in access.get(e).map(FieldJSON.whole) },
                   display: { e in access.get(e).map(String.init) },
                   merge: changedByMine(access))
    }

    /// A number within `range`, written as a person would (`7.5`, `8`).
    static func number(_ key: String, _ access: Access<Double?>, _ range: ClosedRange<Double>, label: String, kinds: Set<EntryKind>, listing: Listing = .never) -> EntryField {
        EntryField(key: key, label: label, kinds: kinds, shape: .number(range), listing: listing,
                   read: { (r, e) throws(CodecError) in access.set(&e, try r.double(key, range)) },
                   yaml: { e in access.get(e).map(YAMLWriter.number) },
                   encode: { e, w in
                       if let v = access.get(e) { w.byte(1); w.fixed64(v.bitPattern) } else { w.byte(0) }
                   },
                   decode: { (r, e) throws(IndexDamage) in access.set(&e, try r.flag() ? Double(bitPattern: try r.fixed64()) : nil) },
                   json: { e in access.get(e).map(FieldJSON.number) },
                   display: { e in access.get(e).map(YAMLWriter.number) },
                   merge: changedByMine(access))
    }

    /// true or false (`follow_up_done: true`); yes/no/on/off are read too.
    static func flag(_ key: String, _ access: Access<Bool?>, label: String, kinds: Set<EntryKind>, listing: Listing = .never) -> EntryField {
        EntryField(key: key, label: label, kinds: kinds, shape: .flag, listing: listing,
                   read: { (r, e) throws(CodecError) in access.set(&e, try r.bool(key)) },
                   yaml: { e in access.get(e).map { $0 ? "true" : "false" } },
                   encode: { e, w in w.optionalInt(access.get(e).map { $0 ? 1 : 0 }) },
                   decode: { (r, e) throws(IndexDamage) in access.set(&e, try r.optionalInt().map { $0 != 0 }) },
                   json: { e in access.get(e).map(FieldJSON.flag) },
                   display: { e in access.get(e).map { $0 ? "yes" : "no" } },
                   merge: changedByMine(access))
    }

    /// A calendar day (`follow_up: 2026-12-04`).
    static func day(_ key: String, _ access: Access<LocalDay?>, label: String, kinds: Set<EntryKind>, listing: Listing = .never) -> EntryField {
        EntryField(key: key, label: label, kinds: kinds, shape: .day, listing: listing,
                   read: { (r, e) throws(CodecError) in access.set(&e, try r.day(key)) },
                   yaml: { e in access.get(e)?.description },
                   encode: { e, w in w.optionalDay(access.get(e)) },
                   decode: { (r, e) throws(IndexDamage) in access.set(&e, try r.optionalDay()) },
                   json: { e in access.get(e).map { FieldJSON.text($0.description) } },
                   display: { e in access.get(e)?.description },
                   merge: changedByMine(access))
    }

    /// A flow list (`wins: [a walk, "called Sam"]`); an empty list is not written. Items under
    /// an alias join the key's own, after them and without repeats, so a file with both keeps
    /// every item.
    static func list(_ key: String, _ access: Access<[String]>, label: String, kinds: Set<EntryKind>, listing: Listing = .never, aliases: [String] = []) -> EntryField {
        var row = EntryField(key: key, label: label, kinds: kinds, shape: .list, listing: listing,
                   read: { (r, e) throws(CodecError) in
                       var items = try r.list(key)
                       for alias in aliases {
                           for item in try r.list(alias) where !items.contains(item) { items.append(item) }
                       }
                       access.set(&e, items)
                   },
                   yaml: { e in access.get(e).isEmpty ? nil : YAMLWriter.list(access.get(e)) },
                   encode: { e, w in w.strings(access.get(e)) },
                   decode: { (r, e) throws(IndexDamage) in access.set(&e, try r.strings()) },
                   json: { e in
                       let items = access.get(e)
                       return items.isEmpty && listing != .always ? nil : FieldJSON.list(items)
                   },
                   display: { e in access.get(e).isEmpty ? nil : access.get(e).joined(separator: ", ") },
                   merge: { base, mine, into in
                       access.set(&into, TextMerge.merge(base: access.get(base), mine: access.get(mine), theirs: access.get(into)))
                   })
        row.aliases = aliases
        return row
    }

    /// One word out of a fixed set (`stage: interview`); any other word is a clear error.
    static func choice<C: RawRepresentable & CaseIterable & Sendable>(_ key: String, _ access: Access<C?>, label: String, kinds: Set<EntryKind>, listing: Listing = .never) -> EntryField where C.RawValue == String {
        let words = C.allCases.map(\.rawValue)
        return EntryField(key: key, label: label, kinds: kinds, shape: .choice(words), listing: listing,
                          read: { (r, e) throws(CodecError) in access.set(&e, try r.choice(key, C.self)) },
                          yaml: { e in access.get(e)?.rawValue },
                          encode: { e, w in w.optionalString(access.get(e)?.rawValue) },
                          decode: { (r, e) throws(IndexDamage) in
                              guard let word = try r.optionalString() else { access.set(&e, nil); return }
                              guard let value = C(rawValue: word) else { throw .malformed }
                              access.set(&e, value)
                          },
                          json: { e in access.get(e).map { FieldJSON.text($0.rawValue) } },
                          display: { e in access.get(e)?.rawValue },
                          merge: { base, mine, into in
                              if access.get(mine)?.rawValue != access.get(base)?.rawValue { access.set(&into, access.get(mine)) }
                          })
    }

    /// The merge of a single value: mine's when mine changed it, else the one being merged into.
    private static func changedByMine<Value: Equatable & Sendable>(_ access: Access<Value>) -> @Sendable (Entry, Entry, inout Entry) -> Void {
        { base, mine, into in
            let value = access.get(mine)
            if value != access.get(base) { access.set(&into, value) }
        }
    }
}
