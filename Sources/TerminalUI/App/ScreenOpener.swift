import JournalCore

/// Builds the screen for a `ScreenRequest` from the loop's context: reads the drafts and the
/// earlier entries it needs and reserves a new session's draft id. The loop then only pushes
/// what it gets, and keeps the reservation until the screen has written a draft of its own.
struct ScreenOpener {
    /// What opening gave.
    enum Opening {
        /// A screen to push; `reserved` is the draft id held for it, released if it leaves unwritten.
        case screen(Screen, reserved: EntryID?)
        /// Nothing to open; the sentence is for the screen below (or home) to show.
        case notice(String)
    }

    let context: AppContext

    func open(_ request: ScreenRequest) -> Opening {
        switch request {
        case .home:
            return .screen(HomeScreen(summary: HomeSummary(today: context.today)), reserved: nil)
        case .reflection(let resume?):
            switch context.store.settle(resume) {
            case .resume(let draft):
                let screen = ReflectionScreen(guide: context.guide, resuming: draft, now: context.now, earlierAchievements: earlierAchievements())
                screen.setbackReminder = setbackReminder()
                return .screen(screen, reserved: nil)
            case .alreadySaved(let stored):
                // onward stopped between saving the entry and removing its draft: say so, keep one copy.
                let put = (try? context.store.discardDraft(resume.id)).map { _ in "; its leftover draft went to the trash" } ?? ""
                return .notice("That reflection was saved already, as \(stored.relativePath)\(put).")
            }
        case .reflection(nil):
            let waiting = context.store.drafts().filter { $0.kind == .reflection }
            return waiting.isEmpty ? open(.newReflection(starting: nil)) : .screen(DraftChoiceScreen(drafts: waiting), reserved: nil)
        case .newReflection(let answers):
            // A draft id of its own (reserved by a file made exclusively), so no waiting draft is replaced.
            let id = try? context.store.reserveDraft(EntryID.make(at: context.now, kind: .reflection))
            let screen = ReflectionScreen(guide: context.guide, resuming: nil, now: context.now, earlierAchievements: earlierAchievements(),
                                          draftID: id, starting: answers,
                                          applications: ApplicationGlance.load(context.store, today: context.today,
                                                                               weekStart: context.settings.weekStart.value))
            screen.setbackReminder = setbackReminder()
            return .screen(screen, reserved: id)
        case .exercise(let name, let resume):
            return exercise(name, resume: resume)
        }
    }

    /// An exercise runs on the reflection's screen, with the same drafts and crash safety.
    private func exercise(_ name: String, resume: Entry?) -> Opening {
        guard let guide = context.library.guide(named: name) else {
            return .notice("There is no exercise called \(SafeText.visible(name, keepNewlines: false)) in this guide set.")
        }
        if let resume {
            switch context.store.settle(resume) {
            case .resume(let draft):
                return .screen(ReflectionScreen(guide: guide, resuming: draft, now: context.now, earlierAchievements: []), reserved: nil)
            case .alreadySaved(let stored):
                let put = (try? context.store.discardDraft(resume.id)).map { "; the leftover draft is in \($0)" } ?? ""
                return .notice("That exercise was saved already, as \(stored.relativePath)\(put).")
            }
        }
        let id = try? context.store.reserveDraft(EntryID.make(at: context.now, kind: .note, slugSource: name))
        return .screen(ReflectionScreen(guide: guide, resuming: nil, now: context.now, earlierAchievements: [], draftID: id), reserved: id)
    }

    /// The newest reflection's `## Next time`, read from its file (a few small reads at most).
    private func setbackReminder() -> String? {
        let entries = (try? context.store.loadIndexed().entries) ?? []
        return SetbackPlan.reminder(SetbackPlan.latest(store: context.store, indexed: entries))
    }

    private func earlierAchievements() -> [String] {
        let snapshot = (try? context.store.loadIndexed()) ?? JournalSnapshot(entries: [], problems: [])
        return Array(snapshot.entries.lazy.flatMap(\.entry.achievements).prefix(3))
    }
}
