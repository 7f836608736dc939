/// The self-care activities the check-in offers; free words are allowed too.
public enum SelfCare {
    public static let suggested = ["exercise", "rest", "reading", "time with people", "time outside", "a hobby"]
}
