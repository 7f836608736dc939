import JournalCore

/// A screen the loop is asked to open whose opening depends on the journal: which drafts are
/// waiting, whether one was saved already, a draft id to reserve. `ScreenOpener` answers it.
public enum ScreenRequest {
    /// The home screen; its first `.appeared` loads what it shows.
    case home
    /// The guided reflection, picking `resume` up when given; without one the waiting drafts
    /// are offered first, if there are any.
    case reflection(resume: Entry?)
    /// A new reflection with a draft id of its own, whatever drafts are waiting, filled in with
    /// `starting` when given (a reflection on an application that said no).
    case newReflection(starting: ReflectionAnswers?)
    /// The exercise called `name`, picking `resume` up when given, else with a draft id of its own.
    case exercise(name: String, resume: Entry?)
}
