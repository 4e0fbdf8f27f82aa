// swift-tools-version:5.4
// libFuzzer harnesses for Jeju's readers: build and run them with scripts/fuzz.sh.
import PackageDescription

let package = Package(
    name: "JejuFuzz",
    dependencies: [
        .package(name: "Jeju", path: ".."),
    ],
    targets: [
        .executableTarget(name: "FuzzCSVTermbase", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzDelimitedText", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzLocalePresentation", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzMarkdown", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzOmegaTGlossary", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzPO", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzPageText", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzPlainNotice", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzProjectConfig", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzQAProfile", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzReturnedWork", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzReviewSheet", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzSRX", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzTBX2008", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzTBX3", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzTMX", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzUIMessages", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzValidator", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzXLIFF12", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
        .executableTarget(name: "FuzzXLIFF2", dependencies: [.product(name: "JejuKit", package: "Jeju")]),
    ]
)
