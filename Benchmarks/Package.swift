// swift-tools-version:6.0
// Benchmarks live in their own package so the product's build and tests never pay for them.
// Run: swift run -c release --package-path Benchmarks jeju-bench <name> [options]
import PackageDescription

let package = Package(
    name: "JejuBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Jeju", path: "..")],
    targets: [
        .executableTarget(
            name: "jeju-bench",
            dependencies: [.product(name: "JejuKit", package: "Jeju")],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        )
    ]
)
