import JournalCore

/// A field of a reflection step, writing into the answers.
public typealias ReflectionField = FormField<FieldID, ReflectionAnswers>

/// One step's form.
public typealias StepForm = Form<FieldID, ReflectionAnswers>
