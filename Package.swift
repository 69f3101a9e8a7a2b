// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Muster",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "muster", targets: ["muster"]),
        // Libraries for the benchmark package in Benchmarks/.
        .library(name: "MusterCore", targets: ["MusterCore"]),
        .library(name: "MusterDemo", targets: ["MusterDemo"]),
        .library(name: "MusterStore", targets: ["MusterStore"]),
        .library(name: "MusterTUI", targets: ["MusterTUI"]),
        .library(name: "TerminalUI", targets: ["TerminalUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
    ],
    targets: [
        // MARK: - Executable and composition root
        .executableTarget(name: "muster", dependencies: ["MusterCLI"]),
        .target(
            name: "MusterCLI",
            dependencies: [
                "MusterCore", "MusterDemo", "MusterReports", "MusterStore", "MusterTUI", "TerminalUI", "NcursesTerminal",
                "OrderedWork", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Terminal user interface
        .target(name: "MusterTUI", dependencies: ["MusterCore", "TerminalUI"]),
        .target(name: "TerminalUI"),
        .target(name: "NcursesTerminal", dependencies: ["TerminalUI", "CNcurses"]),
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncurses-dev"])]),

        // MARK: - Reports, records and domain
        .target(name: "MusterReports", dependencies: ["MusterCore", "MusterStore", "OrderedWork", "SpreadsheetXLSX"]),
        // The one writer of .xlsx files (rosters in a receiver's sheet): ZIPFoundation and XMLCoder stay in here.
        .target(
            name: "SpreadsheetXLSX",
            dependencies: [
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
            ]
        ),
        .target(
            name: "MusterStore",
            dependencies: [
                "MusterCore", "CSQLiteConfig", "OrderedWork",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "CSQLiteConfig", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(
            name: "MusterCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            plugins: ["EmbedCurricula"]
        ),

        .target(name: "MusterDemo", dependencies: ["MusterCore"]),
        // Ordered parallel work: no dependencies, so any target can use it.
        .target(name: "OrderedWork"),

        // MARK: - Shipped curricula, embedded into the binary at build time
        .executableTarget(name: "EmbedCurriculaTool"),
        .plugin(name: "EmbedCurricula", capability: .buildTool(), dependencies: ["EmbedCurriculaTool"]),

        // MARK: - Tests
        .target(name: "MusterTestSupport", dependencies: ["MusterCore"]),
        .testTarget(name: "MusterCoreTests",
                    dependencies: ["MusterCore", "MusterDemo", "MusterTestSupport",
                                   .product(name: "PropertyBased", package: "swift-property-based")],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "MusterStoreTests", dependencies: ["MusterStore", "MusterDemo", "MusterTestSupport"]),
        .testTarget(name: "MusterReportsTests",
                    dependencies: ["MusterReports", "MusterStore", "MusterDemo", "MusterTestSupport"]),
        .testTarget(name: "OrderedWorkTests", dependencies: ["OrderedWork"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal"]),
        .testTarget(name: "MusterTUITests", dependencies: ["MusterTUI", "MusterTestSupport"],
                    resources: [.copy("Screens")]),
        .testTarget(name: "MusterCLITests", dependencies: ["muster", "MusterCLI", "MusterCore", "MusterTestSupport"]),
    ]
)
