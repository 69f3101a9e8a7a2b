// swift-tools-version:6.1
import Foundation
import PackageDescription

// In-process benchmarks for Muster, kept out of the root package so `swift build` and `swift test` never pay
// for them. Run with `swift package --package-path Benchmarks benchmark` (or `bash Benchmarks/run.sh`).

/// A path dependency's identity is its folder's name (lowercased), whatever the checkout is called.
let muster = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

let package = Package(
    name: "MusterBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        // MallocInterposer keeps the malloc metrics; the default trait needs a package that is not mirrored here.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "MusterBenchmarks",
            dependencies: [
                .product(name: "MusterCore", package: muster),
                .product(name: "MusterDemo", package: muster),
                .product(name: "MusterTUI", package: muster),
                .product(name: "TerminalUI", package: muster),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "MusterBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
