/// The guide files embedded in the binary at build time, by name, in the order they are offered.
public enum BuiltInGuides {
    /// Name and text of each built-in guide.
    public static let files: [(name: String, text: String)] = [
        ("reflection", String(decoding: PackageResources.reflection_md, as: UTF8.self)),
        ("write-it-out", String(decoding: PackageResources.write_it_out_md, as: UTF8.self)),
        ("what-matters", String(decoding: PackageResources.what_matters_md, as: UTF8.self)),
        ("kinder-letter", String(decoding: PackageResources.kinder_letter_md, as: UTF8.self)),
    ]

    /// The text of the built-in guide called `name`, if there is one.
    public static func text(of name: String) -> String? { files.first { $0.name == name }?.text }
}
