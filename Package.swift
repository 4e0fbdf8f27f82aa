// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Jeju",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jeju", targets: ["jeju"]),
        // Every library module, for the benchmarks package and for embedding Jeju.
        .library(name: "JejuKit", targets: ["JejuKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // The only target that sees ICU's headers (DESIGN.md, decision 1).
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
            ]
        ),
        .target(name: "ICU", dependencies: ["CICU"]),
        // renameat2(RENAME_EXCHANGE), for replacing a built folder in one step; syncfs, for flushing a transaction.
        .target(name: "CJejuSystem"),
        // Files, diagnostics, safe XML, the project settings: what every module shares (language tags are ICU's).
        .target(
            name: "JejuSupport",
            dependencies: [
                "ICU", "CJejuSystem", .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // The one inline model: text with codes at Unicode-scalar offsets, which every format reads into.
        .target(name: "Inline"),
        .target(name: "Notices", dependencies: ["Inline", "JejuSupport", .product(name: "Yams", package: "Yams")]),
        .target(name: "Segmentation", dependencies: ["ICU", "Inline", "Notices", "JejuSupport"]),
        // The termbase: TBX/CSV/TSV, term recognition, term usage in translations, glossary checks.
        .target(name: "Glossary", dependencies: ["ICU", "JejuSupport"]),
        // TMX memories, their SQLite index (an index, never the source of truth) and exact/fuzzy lookup.
        .target(
            name: "TranslationMemory",
            dependencies: [
                "ICU", "Inline", "JejuSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // The shared memory on PostgreSQL: migrations, COPY import, candidate retrieval, push and pull.
        .target(
            name: "MemoryServer",
            dependencies: [
                "ICU", "Inline", "JejuSupport", "TranslationMemory",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Quality checks on translated segments, shared by `jeju check` and `jeju merge`.
        .target(
            name: "QualityChecks",
            dependencies: [
                "ICU", "Inline", "JejuSupport", "Notices", "Glossary", "Segmentation", "Interchange",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // `jeju validate`: XLIFF 2 and 1.2, PO, TMX, TBX and SRX checked against their standards' own rules.
        .target(name: "Validation", dependencies: ["ICU", "JejuSupport", "Glossary", "Segmentation", "Interchange"]),
        // XLIFF 2.1 (with the Metadata, Glossary and Translation Candidates modules), XLIFF 1.2 and PO.
        .target(name: "Interchange", dependencies: ["ICU", "Inline", "JejuSupport", "Notices"]),
        // The translators' loop over the interchange formats: extract, merge, export, statistics.
        .target(
            name: "Workflow",
            dependencies: [
                "ICU", "Inline", "JejuSupport", "Notices", "Segmentation", "Glossary", "TranslationMemory",
                "QualityChecks",
                "Interchange",
            ]
        ),
        // Localized pages, notice bundles and their templates: what `jeju build` publishes.
        .target(
            name: "Publishing",
            dependencies: [
                "CJejuSystem",
                "ICU", "Inline", "JejuSupport", "Notices", "Segmentation", "Glossary", "Interchange",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "JejuCLI",
            dependencies: [
                "ICU", "Inline", "JejuSupport", "Notices", "Segmentation", "Glossary", "TranslationMemory",
                "QualityChecks",
                "Validation", "Interchange", "Workflow", "Publishing", "MemoryServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
                // The OmegaT kit as one archive, and reading it back in `jeju merge`.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(name: "jeju", dependencies: ["JejuCLI"]),
        .target(
            name: "JejuKit",
            dependencies: [
                "ICU", "Inline", "JejuSupport", "Notices", "Segmentation", "Glossary", "TranslationMemory",
                "QualityChecks",
                "Validation", "Interchange", "Workflow", "Publishing", "MemoryServer",
            ]
        ),
        .target(name: "TestSupport", dependencies: ["Glossary"], path: "Tests/TestSupport"),
        .testTarget(name: "ICUTests", dependencies: ["ICU", "TestSupport"]),
        .testTarget(name: "JejuSupportTests", dependencies: ["JejuSupport", "TestSupport"]),
        .testTarget(name: "InlineTests", dependencies: ["Inline"]),
        .testTarget(name: "NoticesTests", dependencies: ["Notices", "Inline", "TestSupport"]),
        .testTarget(
            name: "SegmentationTests", dependencies: ["Segmentation", "Notices", "Inline", "ICU", "TestSupport"]),
        .testTarget(name: "GlossaryTests", dependencies: ["Glossary", "JejuSupport", "TestSupport"]),
        .testTarget(
            name: "TranslationMemoryTests",
            dependencies: [
                "TranslationMemory", "Inline", "JejuSupport", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "MemoryServerTests",
            dependencies: [
                "MemoryServer", "TranslationMemory", "Inline", "JejuSupport", "TestSupport",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(
            name: "ValidationTests", dependencies: ["Validation", "Interchange", "JejuSupport", "TestSupport"]),
        .testTarget(
            name: "QualityChecksTests",
            dependencies: ["QualityChecks", "ICU", "Inline", "Glossary", "Notices", "JejuSupport", "TestSupport"]
        ),
        .testTarget(
            name: "InterchangeTests", dependencies: ["Interchange", "Inline", "Notices", "JejuSupport", "TestSupport"]),
        .testTarget(
            name: "WorkflowTests",
            dependencies: [
                "Workflow", "Interchange", "TranslationMemory", "Inline", "Glossary", "Notices", "JejuSupport",
                "TestSupport",
            ]
        ),
        .testTarget(
            name: "PublishingTests",
            dependencies: ["Publishing", "Interchange", "Inline", "Notices", "Glossary", "ICU", "TestSupport"]),
        // Compiles against the public API as an embedder sees it: one `import JejuKit`.
        .testTarget(name: "JejuKitTests", dependencies: ["JejuKit"]),
        // `jeju`: the tests run the built binary.
        .testTarget(
            name: "JejuCLITests",
            dependencies: [
                "jeju", "JejuSupport", "Interchange", "TranslationMemory", "Inline", "Glossary", "TestSupport",
            ]),
    ]
)
