// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "onward",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "onward", targets: ["onward"]),
        .library(name: "JournalCore", targets: ["JournalCore"]),
        .executable(name: "CodecFuzzer", targets: ["CodecFuzzer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Markdown to HTML for `export --format html`.
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(
            name: "JournalCore",
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "Ink", package: "Ink"),
                           .product(name: "SwiftCSV", package: "SwiftCSV")],
            // Each built-in guide is compiled into the binary, so an installed onward needs no bundle.
            resources: ["reflection", "write-it-out", "what-matters", "kinder-letter"].map { .embedInCode("Resources/guides/\($0).md") }
        ),
        .target(name: "TerminalUI", dependencies: ["JournalCore"]),
        .target(name: "CursesTerminal", dependencies: ["TerminalUI", "CNcursesw"]),
        .executableTarget(
            name: "onward",
            dependencies: [
                "JournalCore", "TerminalUI", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target for the codec; an empty program unless built by `make fuzz`.
        .executableTarget(name: "CodecFuzzer", dependencies: ["JournalCore"]),
        // Micro-benchmarks for `make bench` (not part of the product or the tests).
        .executableTarget(name: "onward-bench", dependencies: ["JournalCore", "TerminalUI"], path: "Sources/OnwardBench"),
        // Helpers every test target shares: temporary folders that remove themselves, seeded
        // randomness, polling with a deadline.
        .target(name: "OnwardTestSupport", dependencies: ["JournalCore"], path: "Tests/OnwardTestSupport"),
        .testTarget(name: "JournalCoreTests", dependencies: ["JournalCore", "OnwardTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "JournalCore", "CursesTerminal", "OnwardTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["JournalCore", "OnwardTestSupport"]),
        // The command line in process: parsing, validation and output formatting, without a subprocess.
        .testTarget(name: "CommandLineTests", dependencies: ["onward", "JournalCore", "OnwardTestSupport"]),
    ]
)
