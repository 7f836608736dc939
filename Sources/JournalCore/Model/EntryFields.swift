/// Every front-matter key onward knows beyond the header (`id`, `kind`, `status`, `created`,
/// `updated`), in the order it writes them.
///
/// This table is the one place a field is declared: the front-matter reader and writer, the
/// index record (and its layout fingerprint), the `--json` summary and the field lists of the
/// screens all walk it. A new field is a stored property on `Entry` and one row here.
public enum EntryFields {
    private static let reflection: Set<EntryKind> = [.reflection]
    private static let checkin: Set<EntryKind> = [.checkin]
    private static let application: Set<EntryKind> = [.application]
    private static let reflectionOrApplication: Set<EntryKind> = [.reflection, .application]
    private static let every = Set(EntryKind.allCases)

    /// All rows, in file order.
    public static let all: [EntryField] = [
        // Reflection
        .text("company", \.company, label: "Company", kinds: reflectionOrApplication, listing: .whenSet),
        .text("role", \.role, label: "Role", kinds: reflectionOrApplication, listing: .whenSet),
        .choice("stage", \.stage, label: "Stage", kinds: reflectionOrApplication, listing: .whenSet),
        .day("rejected_on", \.rejectedOn, label: "Heard on", kinds: reflection),
        .text("delivery", \.delivery, label: "How the news came", kinds: reflection),
        .list("emotions", \.emotions, label: "Feelings", kinds: reflection, listing: .whenSet),
        .whole("intensity_before", \.intensityBefore, 0...10, label: "Strength at the start", kinds: reflection, listing: .whenSet),
        .whole("intensity_after", \.intensityAfter, 0...10, label: "Strength at the end", kinds: reflection, listing: .whenSet),
        .whole("goal_applications", \.goalApplications, 0...1000, label: "Applications this week (goal)", kinds: reflection),
        .whole("goal_contacts", \.goalContacts, 0...1000, label: "People to contact this week (goal)", kinds: reflection),
        .day("follow_up", \.followUp, label: "Follow up on", kinds: reflection),
        .text("follow_up_note", \.followUpNote, label: "Follow-up", kinds: reflection),
        .flag("follow_up_done", \.followUpDone, label: "Followed up", kinds: reflection),
        .text("application", \.applicationLink, label: "Application", kinds: reflection, listing: .whenSet),
        // Application (its `contacts`, a list of people, is kept as written: the key is a check-in's count)
        .text("source", \.source, label: "Found through", kinds: application, listing: .whenSet),
        .text("link", \.link, label: "Link", kinds: application, listing: .whenSet),
        .day("applied_on", \.appliedOn, label: "Applied on", kinds: application, listing: .whenSet),
        .choice("outcome", \.outcome, label: "Outcome", kinds: application, listing: .whenSet),
        .text("next_action", \.nextAction, label: "Next action", kinds: application, listing: .whenSet),
        .day("next_action_on", \.nextActionOn, label: "Next action on", kinds: application, listing: .whenSet),
        .text("reflection", \.reflectionLink, label: "Reflection", kinds: application, listing: .whenSet),
        // Check-in
        .whole("mood", \.mood, 1...10, label: "Mood", kinds: checkin, listing: .whenSet),
        .whole("energy", \.energy, 1...10, label: "Energy", kinds: checkin, listing: .whenSet),
        .number("sleep_hours", \.sleepHours, 0...24, label: "Hours of sleep", kinds: checkin, listing: .whenSet),
        .list("self_care", \.selfCare, label: "Looked after yourself", kinds: checkin, listing: .whenSet),
        .list("wins", \.wins, label: "Wins", kinds: checkin, listing: .whenSet),
        .whole("applications", \.applications, 0...1000, label: "Applications sent", kinds: checkin),
        .whole("contacts", \.contacts, 0...1000, label: "People contacted", kinds: checkin),
        .whole("learning", \.learning, 0...1000, label: "Learning (sessions)", kinds: checkin),
        // Every kind
        .list("tags", \.tags, label: "Tags", kinds: every, listing: .always),
    ]

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
