public enum JournalCoreVersion { public static let string = "0.1.0" }
