import Foundation

/// Reads typed values out of front-matter fields, with one-sentence errors naming key and line.
struct FieldReader {
    let fields: [String: FrontMatterField]

    private func fail(_ key: String, _ what: String) -> CodecError {
        CodecError(line: fields[key]?.line, "`\(key)` \(what)")
    }

    func string(_ key: String) throws(CodecError) -> String? {
        guard let field = fields[key] else { return nil }
        switch field.value {
        case .null: return nil
        case .scalar(let s): return s
        case .list: throw fail(key, "should be a single value, not a list")
        case .other: throw fail(key, "should be a single value, not a nested structure")
        }
    }

    func list(_ key: String) throws(CodecError) -> [String] {
        guard let field = fields[key] else { return [] }
        switch field.value {
        case .null: return []
        case .scalar(let s): return s.isEmpty ? [] : [s]
        case .list(let items): return items
        case .other: throw fail(key, "should be a list such as [a, b]")
        }
    }

    func int(_ key: String, _ range: ClosedRange<Int>) throws(CodecError) -> Int? {
        guard let s = try string(key) else { return nil }
        guard let v = Int(s.trimmingCharacters(in: .whitespaces)), range.contains(v) else {
            throw fail(key, "is \"\(s)\", but it must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return v
    }

    func double(_ key: String, _ range: ClosedRange<Double>) throws(CodecError) -> Double? {
        guard let s = try string(key) else { return nil }
        guard let v = Double(s.trimmingCharacters(in: .whitespaces)), range.contains(v) else {
            throw fail(key, "is \"\(s)\", but it must be a number from \(YAMLWriter.number(range.lowerBound)) to \(YAMLWriter.number(range.upperBound))")
        }
        return v
    }

    func bool(_ key: String) throws(CodecError) -> Bool? {
        guard let s = try string(key) else { return nil }
        switch s.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail(key, "is \"\(s)\", but it must be true or false")
        }
    }

    /// One word of `C`'s cases, e.g. a `Stage`.
    func choice<C: RawRepresentable & CaseIterable>(_ key: String, _ type: C.Type) throws(CodecError) -> C? where C.RawValue == String {
        guard let s = try string(key) else { return nil }
        guard let value = C(rawValue: s) else {
            throw fail(key, "is \"\(s)\", but it must be one of " + C.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }

    func timestamp(_ key: String) throws(CodecError) -> LocalTimestamp? {
        guard let s = try string(key) else { return nil }
        guard let t = LocalTimestamp(parsing: s) else {
            throw fail(key, "is \"\(s)\", but it must be a date and time such as 2026-11-27T14:05:00+01:00")
        }
        return t
    }

    func day(_ key: String) throws(CodecError) -> LocalDay? {
        guard let s = try string(key) else { return nil }
        guard let d = LocalDay(parsing: String(s.prefix(10))), s.count == 10 || LocalTimestamp(parsing: s) != nil else {
            throw fail(key, "is \"\(s)\", but it must be a date such as 2026-12-04")
        }
        return d
    }
}
