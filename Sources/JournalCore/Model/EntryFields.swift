/// Every front-matter key onward knows beyond the header (`id`, `kind`, `status`, `created`,
/// `updated`), in the order it writes them.
///
/// This table is the one place a field is declared: the front-matter reader and writer, the
/// index record (and its layout fingerprint), the `--json` summary and the field lists of the
/// screens all walk it. A new field is a stored property on `Entry` and one row here.
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
        // Application (the people met are `people`: `contacts` is a check-in's count)
        .text("source", .init({ $0.source }, { $0.source = $1 }), label: "Found through", kinds: application, listing: .whenSet),
        .text("link", .init({ $0.link }, { $0.link = $1 }), label: "Link", kinds: application, listing: .whenSet),
        .day("applied_on", .init({ $0.appliedOn }, { $0.appliedOn = $1 }), label: "Applied on", kinds: application, listing: .whenSet),
        .choice("outcome", .init({ $0.outcome }, { $0.outcome = $1 }), label: "Outcome", kinds: application, listing: .whenSet),
        .text("next_action", .init({ $0.nextAction }, { $0.nextAction = $1 }), label: "Next action", kinds: application, listing: .whenSet),
        .day("next_action_on", .init({ $0.nextActionOn }, { $0.nextActionOn = $1 }), label: "Next action on", kinds: application, listing: .whenSet),
        .list("people", .init({ $0.people }, { $0.people = $1 }), label: "People met", kinds: application, listing: .whenSet),
        .text("reflection", .init({ $0.reflectionLink }, { $0.reflectionLink = $1 }), label: "Reflection", kinds: application, listing: .whenSet),
        // Check-in
        .whole("mood", .init({ $0.mood }, { $0.mood = $1 }), 1...10, label: "Mood", kinds: checkin, listing: .whenSet),
        .whole("energy", .init({ $0.energy }, { $0.energy = $1 }), 1...10, label: "Energy", kinds: checkin, listing: .whenSet),
        .number("sleep_hours", .init({ $0.sleepHours }, { $0.sleepHours = $1 }), 0...24, label: "Hours of sleep", kinds: checkin, listing: .whenSet),
        .list("self_care", .init({ $0.selfCare }, { $0.selfCare = $1 }), label: "Looked after yourself", kinds: checkin, listing: .whenSet),
        .list("wins", .init({ $0.wins }, { $0.wins = $1 }), label: "Wins", kinds: checkin, listing: .whenSet),
        .whole("applications", .init({ $0.applications }, { $0.applications = $1 }), 0...1000, label: "Applications sent", kinds: checkin),
        .whole("contacts", .init({ $0.contacts }, { $0.contacts = $1 }), 0...1000, label: "People contacted", kinds: checkin),
        .whole("learning", .init({ $0.learning }, { $0.learning = $1 }), 0...1000, label: "Learning (sessions)", kinds: checkin),
        // Exercises (notes written from a guide other than the reflection)
        .text("exercise", .init({ $0.exercise }, { $0.exercise = $1 }), label: "Exercise", kinds: note, listing: .whenSet),
        .whole("minutes", .init({ $0.minutes }, { $0.minutes = $1 }), 0...1440, label: "Minutes written", kinds: note, listing: .whenSet),
        .list("values", .init({ $0.values }, { $0.values = $1 }), label: "Values", kinds: note, listing: .whenSet),
        // Every kind
        .list("tags", .init({ $0.tags }, { $0.tags = $1 }), label: "Tags", kinds: every, listing: .always),
    ]

    // The same rows cut down to the one closure a hot loop needs: copying a whole row retains
    // all its closures and strings, which made decoding the index three times slower.
    static let readers = all.map { (key: $0.key, read: $0.read) }
    static let writers = all.map { (key: $0.key, yaml: $0.yaml) }
    static let indexEncoders = all.map(\.encode)
    static let indexDecoders = all.map(\.decode)

    /// The keys written by the codec itself, before the table's rows.
    public static let headerKeys = ["id", "kind", "status", "created", "updated"]

    /// Every key onward reads into a typed value; any other key is kept verbatim.
    public static let knownKeys: Set<String> = Set(headerKeys + all.map(\.key))

    private static let byKey: [String: EntryField] = Dictionary(uniqueKeysWithValues: all.map { ($0.key, $0) })

    /// The row of `key`, if onward knows it.
    public static func field(_ key: String) -> EntryField? { byKey[key] }

    /// The rows onward asks for in entries of `kind`, in file order.
    public static func fields(for kind: EntryKind) -> [EntryField] { all.filter { $0.kinds.contains(kind) } }

    /// A number that changes whenever a row is added, removed, renamed, reordered or reshaped:
    /// an index written under another table is then rebuilt rather than misread.
    static let fingerprint: UInt64 = {
        let text = all.map { $0.key + ":" + $0.shape.signature }.joined(separator: ";")
        return IndexChecksum.of(Array(text.utf8))
    }()
}
