import JournalCore

/// A field of the check-in form, writing into the day's values.
public typealias CheckinField = FormField<CheckinFieldID, CheckinValues>
