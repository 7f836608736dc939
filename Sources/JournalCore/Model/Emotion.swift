/// The feelings offered in the reflection; a person may add their own words too.
public enum Emotion {
    public static let suggested = [
        "disappointed", "frustrated", "sad", "anxious", "angry",
        "embarrassed", "numb", "relieved", "hopeful", "determined",
    ]
}
