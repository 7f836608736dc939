/// The words shown next to the mood and energy values, so a number has a meaning.
public enum CheckinWords {
    public static let mood: [Int: String] = [
        1: "very low", 2: "low", 3: "low", 4: "a bit low", 5: "so-so",
        6: "okay", 7: "fairly good", 8: "good", 9: "very good", 10: "great",
    ]
    public static let energy: [Int: String] = [
        1: "drained", 2: "very tired", 3: "tired", 4: "low", 5: "so-so",
        6: "steady", 7: "fairly lively", 8: "lively", 9: "energetic", 10: "full of energy",
    ]
}
