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

    let read: @Sendable (FieldReader, inout Entry) throws(CodecError) -> Void
    let yaml: @Sendable (Entry) -> String?
    let encode: @Sendable (Entry, inout IndexBytesWriter) -> Void
    let decode: @Sendable (inout IndexBytesReader, inout Entry) throws(IndexDamage) -> Void
    let json: @Sendable (Entry) -> FieldJSON?
    let display: @Sendable (Entry) -> String?

    /// The value as a person reads it ("7.5", "a, b"), nil when unset.
    public func text(of entry: Entry) -> String? { display(entry) }

    /// True when the entry has a value for this field.
    public func isSet(in entry: Entry) -> Bool { display(entry) != nil }
}

extension EntryField {
    typealias Path<Value> = WritableKeyPath<Entry, Value> & Sendable

    /// Free text on one line (`company: Acme`); an empty value is not written.
    static func text(_ key: String, _ path: Path<String?>, label: String, kinds: Set<EntryKind>, listing: Listing = .never) -> EntryField {
        EntryField(key: key, label: label, kinds: kinds, shape: .text, listing: listing,
                   read: { (r, e) throws(CodecError) in e[keyPath: path] = try r.string(key) },
                   yaml: { e in e[keyPath: path].flatMap { $0.isEmpty ? nil : YAMLWriter.scalar($0) } },
                   encode: { e, w in w.optionalString(e[keyPath: path]) },
                   decode: { (r, e) throws(IndexDamage) in e[keyPath: path] = try r.optionalString() },
                   json: { e in e[keyPath: path].map(FieldJSON.text) },
                   display: { e in e[keyPath: path].flatMap { $0.isEmpty ? nil : $0 } })
    }

    /// A whole number within `range` (`mood: 7`).
    static func whole(_ key: String, _ path: Path<Int?>, _ range: ClosedRange<Int>, label: String, kinds: Set<EntryKind>, listing: Listing = .never) -> EntryField {
        EntryField(key: key, label: label, kinds: kinds, shape: .whole(range), listing: listing,
                   read: { (r, e) throws(CodecError) in e[keyPath: path] = try r.int(key, range) },
                   yaml: { e in e[keyPath: path].map(String.init) },
                   encode: { e, w in w.optionalInt(e[keyPath: path]) },
                   decode: { (r, e) throws(IndexDamage) in e[keyPath: path] = try r.optionalInt() },
                   json: { e in e[keyPath: path].map(FieldJSON.whole) },
                   display: { e in e[keyPath: path].map(String.init) })
    }

    /// A number within `range`, written as a person would (`7.5`, `8`).
    static func number(_ key: String, _ path: Path<Double?>, _ range: ClosedRange<Double>, label: String, kinds: Set<EntryKind>, listing: Listing = .never) -> EntryField {
        EntryField(key: key, label: label, kinds: kinds, shape: .number(range), listing: listing,
                   read: { (r, e) throws(CodecError) in e[keyPath: path] = try r.double(key, range) },
                   yaml: { e in e[keyPath: path].map(YAMLWriter.number) },
                   encode: { e, w in
                       if let v = e[keyPath: path] { w.byte(1); w.fixed64(v.bitPattern) } else { w.byte(0) }
                   },
                   decode: { (r, e) throws(IndexDamage) in e[keyPath: path] = try r.flag() ? Double(bitPattern: try r.fixed64()) : nil },
                   json: { e in e[keyPath: path].map(FieldJSON.number) },
                   display: { e in e[keyPath: path].map(YAMLWriter.number) })
    }

    /// true or false (`follow_up_done: true`); yes/no/on/off are read too.
    static func flag(_ key: String, _ path: Path<Bool?>, label: String, kinds: Set<EntryKind>, listing: Listing = .never) -> EntryField {
        EntryField(key: key, label: label, kinds: kinds, shape: .flag, listing: listing,
                   read: { (r, e) throws(CodecError) in e[keyPath: path] = try r.bool(key) },
                   yaml: { e in e[keyPath: path].map { $0 ? "true" : "false" } },
                   encode: { e, w in w.optionalInt(e[keyPath: path].map { $0 ? 1 : 0 }) },
                   decode: { (r, e) throws(IndexDamage) in e[keyPath: path] = try r.optionalInt().map { $0 != 0 } },
                   json: { e in e[keyPath: path].map(FieldJSON.flag) },
                   display: { e in e[keyPath: path].map { $0 ? "yes" : "no" } })
    }

    /// A calendar day (`follow_up: 2026-12-04`).
    static func day(_ key: String, _ path: Path<LocalDay?>, label: String, kinds: Set<EntryKind>, listing: Listing = .never) -> EntryField {
        EntryField(key: key, label: label, kinds: kinds, shape: .day, listing: listing,
                   read: { (r, e) throws(CodecError) in e[keyPath: path] = try r.day(key) },
                   yaml: { e in e[keyPath: path]?.description },
                   encode: { e, w in w.optionalDay(e[keyPath: path]) },
                   decode: { (r, e) throws(IndexDamage) in e[keyPath: path] = try r.optionalDay() },
                   json: { e in e[keyPath: path].map { FieldJSON.text($0.description) } },
                   display: { e in e[keyPath: path]?.description })
    }

    /// A flow list (`wins: [a walk, "called Sam"]`); an empty list is not written.
    static func list(_ key: String, _ path: Path<[String]>, label: String, kinds: Set<EntryKind>, listing: Listing = .never) -> EntryField {
        EntryField(key: key, label: label, kinds: kinds, shape: .list, listing: listing,
                   read: { (r, e) throws(CodecError) in e[keyPath: path] = try r.list(key) },
                   yaml: { e in e[keyPath: path].isEmpty ? nil : YAMLWriter.list(e[keyPath: path]) },
                   encode: { e, w in w.strings(e[keyPath: path]) },
                   decode: { (r, e) throws(IndexDamage) in e[keyPath: path] = try r.strings() },
                   json: { e in
                       let items = e[keyPath: path]
                       return items.isEmpty && listing != .always ? nil : FieldJSON.list(items)
                   },
                   display: { e in e[keyPath: path].isEmpty ? nil : e[keyPath: path].joined(separator: ", ") })
    }

    /// One word out of a fixed set (`stage: interview`); any other word is a clear error.
    static func choice<C: RawRepresentable & CaseIterable & Sendable>(_ key: String, _ path: Path<C?>, label: String, kinds: Set<EntryKind>, listing: Listing = .never) -> EntryField where C.RawValue == String {
        let words = C.allCases.map(\.rawValue)
        return EntryField(key: key, label: label, kinds: kinds, shape: .choice(words), listing: listing,
                          read: { (r, e) throws(CodecError) in e[keyPath: path] = try r.choice(key, C.self) },
                          yaml: { e in e[keyPath: path]?.rawValue },
                          encode: { e, w in w.optionalString(e[keyPath: path]?.rawValue) },
                          decode: { (r, e) throws(IndexDamage) in
                              guard let word = try r.optionalString() else { e[keyPath: path] = nil; return }
                              guard let value = C(rawValue: word) else { throw .malformed }
                              e[keyPath: path] = value
                          },
                          json: { e in e[keyPath: path].map { FieldJSON.text($0.rawValue) } },
                          display: { e in e[keyPath: path]?.rawValue })
    }
}
