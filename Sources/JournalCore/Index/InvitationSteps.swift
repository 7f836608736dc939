/// Which reflections and applications today's invitation needs decoded, found from a few fields
/// of their index records: the latest finished reflection (the writing series and the kinder
/// letter start from it), and those whose follow-up or next action falls tomorrow (the
/// what-matters offer). `Invitations.today` over only these gives what it gives over all of them.
struct InvitationSteps {
    /// The places in the heads of the records to decode.
    var wanted: Set<Int> = []

    private enum Place {
        static let followUp = IndexEntryCursor.position("follow_up", in: .reflection)
        static let followUpDone = IndexEntryCursor.position("follow_up_done", in: .reflection)
        static let outcome = IndexEntryCursor.position("outcome", in: .application)
        static let nextActionOn = IndexEntryCursor.position("next_action_on", in: .application)
    }

    /// Nil when a record does not read (the caller then takes the full path).
    init?(_ heads: IndexHeads, today: LocalDay) {
        let tomorrow = today.adding(days: 1)
        var latest: [(place: Int, created: LocalTimestamp)] = []
        for i in heads.heads.indices {
            guard let recorded = heads.kind(i) else { continue }  // unsure kinds are decoded anyway
            guard recorded == .reflection || recorded == .application else { continue }
            let read = heads.withCursor(i) { (c) throws(IndexDamage) -> (created: LocalTimestamp, step: Bool)? in
                // `Invitations.today` looks only at finished entries up to today.
                guard c.status == nil, c.created.day <= today else { return nil }
                switch c.kind {
                case .reflection:
                    let followUp = try c.day(Place.followUp)
                    let done = try c.whole(Place.followUpDone)
                    return (c.created, followUp == tomorrow && done != 1)
                case .application:
                    let outcome = try c.text(Place.outcome)
                    let next = try c.day(Place.nextActionOn)
                    return (c.created, next == tomorrow && (outcome == nil || outcome == ApplicationOutcome.open.rawValue))
                default:
                    return nil
                }
            }
            guard let read else { return nil }
            guard let (created, step) = read else { continue }
            if step { wanted.insert(i) }
            if recorded == .reflection {
                // Every reflection tied for the latest, so the one `max` picks is among them.
                if let first = latest.first {
                    if first.created < created { latest = [(i, created)] } else if !(created < first.created) { latest.append((i, created)) }
                } else {
                    latest = [(i, created)]
                }
            }
        }
        wanted.formUnion(latest.map(\.place))
    }
}
