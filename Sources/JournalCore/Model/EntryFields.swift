/// Every front-matter key onward knows beyond the header (`id`, `kind`, `status`, `created`,
/// `updated`), in the order it writes them.
///
/// This table is the one place a field is declared: the front-matter reader and writer, the
/// index record (and its layout fingerprint), the `--json` summary and the field lists of the
/// screens all walk it. A new field is a stored property on `Entry` and one row here.
///
/// A key names one field per kind, but may name different fields in different kinds: a
/// check-in's `contacts` is a count, an application's the people met. So the file and JSON
/// formats look a row up by kind and key together; the index keeps every row by position.
public enum EntryFields {
    private static let reflection: Set<EntryKind> = [.reflection]
    private static let checkin: Set<EntryKind> = [.checkin]
    private static let note: Set<EntryKind> = [.note]
    private static let application: Set<EntryKind> = [.application]
    private static let reflectionOrApplication: Set<EntryKind> = [.reflection, .application]
    private static let every = Set(EntryKind.allCases)

    /// All rows, in file order.
    public static let all: [EntryField] = [
        // Reflection
        .text("company", .init({ $0.company }, { $0.company = $1 }), label: "Company", kinds: reflectionOrApplication, listing: .whenSet),
        .text("role", .init({ $0.role }, { $0.role = $1 }), label: "Role", kinds: reflectionOrApplication, listing: .whenSet),
        .choice("stage", .init({ $0.stage }, { $0.stage = $1 }), label: "Stage", kinds: reflectionOrApplication, listing: .whenSet),
        .day("rejected_on", .init({ $0.rejectedOn }, { $0.rejectedOn = $1 }), label: "Heard on", kinds: reflection),
        .text("delivery", .init({ $0.delivery }, { $0.delivery = $1 }), label: "How the news came", kinds: reflection),
        .list("emotions", .init({ $0.emotions }, { $0.emotions = $1 }), label: "Feelings", kinds: reflection, listing: .whenSet),
        .whole("intensity_before", .init({ $0.intensityBefore }, { $0.intensityBefore = $1 }), 0...10, label: "Strength at the start", kinds: reflection.union(note), listing: .whenSet),
        .whole("intensity_after", .init({ $0.intensityAfter }, { $0.intensityAfter = $1 }), 0...10, label: "Strength at the end", kinds: reflection.union(note), listing: .whenSet),
        .whole("goal_applications", .init({ $0.goalApplications }, { $0.goalApplications = $1 }), 0...1000, label: "Applications this week (goal)", kinds: reflection),
        .whole("goal_contacts", .init({ $0.goalContacts }, { $0.goalContacts = $1 }), 0...1000, label: "People to contact this week (goal)", kinds: reflection),
        .day("follow_up", .init({ $0.followUp }, { $0.followUp = $1 }), label: "Follow up on", kinds: reflection),
        .text("follow_up_note", .init({ $0.followUpNote }, { $0.followUpNote = $1 }), label: "Follow-up", kinds: reflection),
        .flag("follow_up_done", .init({ $0.followUpDone }, { $0.followUpDone = $1 }), label: "Followed up", kinds: reflection),
        .text("application", .init({ $0.applicationLink }, { $0.applicationLink = $1 }), label: "Application", kinds: reflection, listing: .whenSet),
        // Application
        .text("source", .init({ $0.source }, { $0.source = $1 }), label: "Found through", kinds: application, listing: .whenSet),
        .text("link", .init({ $0.link }, { $0.link = $1 }), label: "Link", kinds: application, listing: .whenSet),
        .day("applied_on", .init({ $0.appliedOn }, { $0.appliedOn = $1 }), label: "Applied on", kinds: application, listing: .whenSet),
        .choice("outcome", .init({ $0.outcome }, { $0.outcome = $1 }), label: "Outcome", kinds: application, listing: .whenSet),
        .text("next_action", .init({ $0.nextAction }, { $0.nextAction = $1 }), label: "Next action", kinds: application, listing: .whenSet),
        .day("next_action_on", .init({ $0.nextActionOn }, { $0.nextActionOn = $1 }), label: "Next action on", kinds: application, listing: .whenSet),
        // `people:` was this key's name for an hour of development; such files are still read.
        .list("contacts", .init({ $0.people }, { $0.people = $1 }), label: "People met", kinds: application, listing: .whenSet, aliases: ["people"]),
        .text("reflection", .init({ $0.reflectionLink }, { $0.reflectionLink = $1 }), label: "Reflection", kinds: application, listing: .whenSet),
        // Check-in
        .whole("mood", .init({ $0.mood }, { $0.mood = $1 }), 1...10, label: "Mood", kinds: checkin, listing: .whenSet),
        .whole("energy", .init({ $0.energy }, { $0.energy = $1 }), 1...10, label: "Energy", kinds: checkin, listing: .whenSet),
        .number("sleep_hours", .init({ $0.sleepHours }, { $0.sleepHours = $1 }), 0...24, label: "Hours of sleep", kinds: checkin, listing: .whenSet),
        .list("self_care", .init({ $0.selfCare }, { $0.selfCare = $1 }), label: "Looked after yourself", kinds: checkin, listing: .whenSet),
        .list("wins", .init({ $0.wins }, { $0.wins = $1 }), label: "Wins", kinds: checkin, listing: .whenSet),
        .whole("applications", .init({ $0.applications }, { $0.applications = $1 }), 0...1000, label: "Applications sent", kinds: checkin, listing: .whenSet),
        .whole("contacts", .init({ $0.contacts }, { $0.contacts = $1 }), 0...1000, label: "People contacted", kinds: checkin, listing: .whenSet),
        .whole("learning", .init({ $0.learning }, { $0.learning = $1 }), 0...1000, label: "Learning (sessions)", kinds: checkin, listing: .whenSet),
        // Exercises (notes written from a guide other than the reflection)
        .text("exercise", .init({ $0.exercise }, { $0.exercise = $1 }), label: "Exercise", kinds: note, listing: .whenSet),
        .whole("minutes", .init({ $0.minutes }, { $0.minutes = $1 }), 0...1440, label: "Minutes written", kinds: note, listing: .whenSet),
        .list("values", .init({ $0.values }, { $0.values = $1 }), label: "Values", kinds: note, listing: .whenSet),
        // Every kind
        .list("tags", .init({ $0.tags }, { $0.tags = $1 }), label: "Tags", kinds: every, listing: .always),
    ]

    /// One kind's rows cut down to the closures the codec's hot loops need: copying a whole row
    /// retains all its closures and strings, which made decoding the index three times slower.
    struct KindTable: Sendable {
        /// The keys read in this kind, each with the row that reads it (aliases name their row's reader).
        let readers: [(keys: [String], read: @Sendable (FieldReader, inout Entry) throws(CodecError) -> Void)]
        /// The rows written in this kind, in file order.
        let writers: [(key: String, yaml: @Sendable (Entry) -> String?)]
        /// Every key (and alias) read into a typed value in this kind.
        let knownKeys: Set<String>
    }

    /// The rows read and written in entries of `kind`: its own rows, then the rows of other kinds
    /// whose key it does not use, so that any kind may still carry any field. A key that names
    /// different rows in two other kinds (`contacts` in a note) is no row of this kind: it is
    /// kept as written.
    static func rows(in kind: EntryKind) -> [EntryField] {
        let own = fields(for: kind)
        let ownKeys = Set(own.map(\.key))
        let others = all.filter { !$0.kinds.contains(kind) && !ownKeys.contains($0.key) }
        let shared = Dictionary(grouping: others, by: \.key).filter { $0.value.count > 1 }.keys
        return own + others.filter { !shared.contains($0.key) }
    }

    private static let tables: [EntryKind: KindTable] = Dictionary(uniqueKeysWithValues: EntryKind.allCases.map { kind in
        let rows = rows(in: kind)
        // Aliases are read only in the row's own kinds.
        let keys = { (row: EntryField) in [row.key] + (row.kinds.contains(kind) ? row.aliases : []) }
        return (kind, KindTable(readers: rows.map { (keys: keys($0), read: $0.read) },
                                writers: rows.map { (key: $0.key, yaml: $0.yaml) },
                                knownKeys: Set(headerKeys + rows.flatMap(keys))))
    })

    /// The codec's cut-down rows for entries of `kind`.
    static func table(for kind: EntryKind) -> KindTable { tables[kind]! }

    static let indexEncoders = all.map(\.encode)
    static let indexDecoders = all.map(\.decode)

    /// The keys written by the codec itself, before the table's rows.
    public static let headerKeys = ["id", "kind", "status", "created", "updated"]

    /// The row of `key` in entries of `kind`, if onward reads that key there.
    public static func field(_ key: String, kind: EntryKind) -> EntryField? {
        all.first { $0.key == key && $0.kinds.contains(kind) }
    }

    /// The rows onward asks for in entries of `kind`, in file order.
    public static func fields(for kind: EntryKind) -> [EntryField] { all.filter { $0.kinds.contains(kind) } }

    /// A number that changes whenever a row is added, removed, renamed, reordered, reshaped or
    /// moved to other kinds: an index written under another table is then rebuilt rather than
    /// misread (the kinds decide which keys a file's entry carries).
    static let fingerprint: UInt64 = {
        let text = all.map { row in
            row.key + ":" + row.shape.signature + "@" + row.kinds.map(\.rawValue).sorted().joined(separator: ",")
                + (row.aliases.isEmpty ? "" : "=" + row.aliases.joined(separator: ","))
        }.joined(separator: ";")
        return IndexChecksum.of(Array(text.utf8))
    }()
}
