/// The values offered in `what-matters`; a person may add their own words too.
public enum PersonalValues {
    public static let suggested = [
        "family", "friendship", "honesty", "kindness", "learning", "craft", "creativity",
        "health", "independence", "humour", "fairness", "community", "faith", "nature", "adventure",
    ]
}
