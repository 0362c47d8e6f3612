// swift-tools-version: 6.1
import Foundation
import PackageDescription

// MARK: - Stages
//
// Every pipeline stage is a target of its own under Sources/Stages/<Name>, named "<Name>Stage", with its tests in
// Tests/Stages/<Name>. Adding a stage is adding its folders and one line here; the `thematic` executable picks it up
// through the generated stage registry (see Docs/AddingAStage.md).
let stages: [String] = [
    "Anonymization",
    "Descriptives",
    "KeywordsInContext",
    "Coding",
    "Saturation",
    "Themes",
    "Report",
    "RefiQDA",
]

/// Libraries a stage needs beyond ThematicCore (stages without an entry need none).
let stageLibraries: [String: [Target.Dependency]] = [
    "Coding": ["ThematicCoding", "ThematicModel"],
    "Descriptives": ["ThematicModel"],
    "Saturation": ["ThematicModel", "ThematicStatistics"],
    "Themes": ["ThematicModel"],
    "Report": ["ThematicModel"],
    "Anonymization": ["ThematicXML", "ThematicIO", .product(name: "Yams", package: "Yams"), "COpenSSL"],
    "RefiQDA": ["ThematicXML", "CZlib"],
]

/// Libraries a stage's tests need beyond the stage and ThematicCore (the themes tests code the bundled study with the
/// coding library; the anonymization tests load transcripts as a run does).
let stageTestLibraries: [String: [Target.Dependency]] = [
    "Anonymization": ["ThematicPipeline", "ThematicXML", "ThematicTestSupport"],
    "Coding": ["ThematicTestSupport"],
    "Report": ["ThematicModel", "ThematicTestSupport"],
    "Saturation": ["ThematicStatistics", "ThematicTestSupport"],
    "Themes": ["ThematicCoding", "ThematicTestSupport"],
    "RefiQDA": ["ThematicXML", "ThematicCoding", "ThematicTestSupport"],
]

/// Resources a stage bundles (read with Bundle.module).
let stageResources: [String: [Resource]] = [
    "Anonymization": [.copy("Resources")],
]

// MARK: - Importers
//
// Every transcript importer is a target of its own under Sources/Importers/<Name>, named "<Name>Importer", with its
// tests in Tests/Importers/<Name>; the `thematic` executable picks it up through the generated importer registry
// (see Docs/AddingAnImporter.md).
let importers: [String] = [
    "PlainText",
    "WebVTT",
    "SRT",
    "DOCX",
    "TEI",
    "RefiQDA",
    "TranscriptJSON",
    "ELAN",
    "EXMARaLDA",
    "CHAT",
    "CSV",
    "HTML",
    "DOC",
    "RTF",
    "ODT",
    "TextGrid",
    "Transcriber",
    "SBV",
    "TTML",
]

/// Libraries an importer needs beyond ThematicCore and ThematicImport.
let importerLibraries: [String: [Target.Dependency]] = [
    "CSV": ["ThematicIO"],
    "DOCX": ["ThematicXML"],
    "ELAN": ["ThematicXML"],
    "HTML": ["ThematicXML"],
    "EXMARaLDA": ["ThematicXML"],
    "RefiQDA": ["ThematicXML", "ThematicIO"],
    "TEI": ["ThematicXML"],
    "ODT": ["ThematicXML"],
    "Transcriber": ["ThematicXML"],
    "TTML": ["ThematicXML"],
]

/// Libraries an importer's tests need beyond the importer, ThematicCore and ThematicImport.
let importerTestLibraries: [String: [Target.Dependency]] = [
    "RefiQDA": ["ThematicXML", "ThematicCoding"],
]

/// Fuzz builds (`make fuzz`) pass `-sanitize=fuzzer` to every tool they build, and a build-tool plugin's tool then
/// links libFuzzer's `main` beside its own; the fuzz targets need no generated registry, so those builds leave the
/// plugin out.
let fuzzing = ProcessInfo.processInfo.environment["THEMATIC_FUZZ"] != nil
let registryPlugin: [Target.PluginUsage] = fuzzing ? [] : ["RegistryPlugin"]

// MARK: - Core libraries

var targets: [Target] = [
    .systemLibrary(
        name: "CLibXML2",
        pkgConfig: "libxml-2.0",
        providers: [.apt(["libxml2-dev"])]
    ),
    // libcrypto (Debian libssl-dev): digests for the manifest, sealing for the key. A system library rather than
    // swift-crypto, whose BoringSSL copy was a third of every fresh build (about 50 s of 160 on two cores).
    .systemLibrary(
        name: "COpenSSL",
        pkgConfig: "libcrypto",
        providers: [.apt(["libssl-dev"])]
    ),
    .target(
        name: "ThematicCore",
        dependencies: ["COpenSSL"]
    ),
    .target(
        name: "ThematicXML",
        dependencies: ["CLibXML2", "ThematicCore"],
        resources: [.copy("Schemas")]
    ),
    // Atomic exchange and file-system sync for publishing (Linux renameat2 / syncfs, with fallbacks).
    .target(name: "CFileSystem"),
    // The C allocator set up for large runs (glibc mallopt).
    .target(name: "CAllocator"),
    // Reading the text formats users write (YAML, CSV) and checking encodings, with messages that name file and line;
    // below both the pipeline and the coding library.
    .target(
        name: "ThematicIO",
        dependencies: ["ThematicCore", .product(name: "Yams", package: "Yams")]
    ),
    .target(
        name: "ThematicPipeline",
        dependencies: ["ThematicCore", "ThematicIO", "ThematicXML", "ThematicImport", "CFileSystem", .product(name: "Yams", package: "Yams")]
    ),
    // zlib (Debian zlib1g-dev) inflates the members of Word documents.
    .systemLibrary(
        name: "CZlib",
        pkgConfig: "zlib",
        providers: [.apt(["zlib1g-dev"])]
    ),
    .systemLibrary(
        name: "CLibStemmer",
        providers: [.apt(["libstemmer-dev"])]
    ),
    // Codebooks, autocoding rules and coding import, shared by the stages that code or read codings.
    .target(
        name: "ThematicCoding",
        dependencies: ["ThematicCore", "ThematicIO", "ThematicStatistics", "CLibStemmer", .product(name: "Yams", package: "Yams")]
    ),

    // The importer protocol and registry, the rules text-like formats share (labels, timestamps, notation, cues),
    // speaker mapping and the study folder an import writes; it knows no format.
    .target(
        name: "ThematicImport",
        dependencies: ["ThematicCore", "ThematicIO", "ThematicXML", "CZlib"]
    ),

    // The typed products more than one stage reads (descriptives, theme coverage, saturation, agreement), so a stage
    // reads another's results without depending on it.
    .target(name: "ThematicModel", dependencies: ["ThematicCore", "ThematicStatistics"]),

    // The local review page of `thematic review`: a loopback HTTP server (FlyingFox: sockets and HTTP/1.1 in pure Swift,
    // no swift-nio, so it adds seconds, not minutes, to a fresh build; see Docs/Review.md) that serves the page from
    // this target's resources and hands decisions to a `ReviewBackend` the CLI supplies.
    .target(
        name: "ThematicReview",
        dependencies: ["ThematicCore", .product(name: "FlyingFox", package: "FlyingFox")],
        resources: [.copy("Page")]
    ),

    // MARK: - Statistics (no pipeline knowledge; used by stages and by the calculator commands)

    .target(name: "ThematicStatistics"),

    // MARK: - Command-line tool

    // The commands as a library (`ThematicCommand.main(stages:)`), so a package outside this repository can build a
    // `thematic` with its own stages; the built-in stages' registry; and the executable that joins the two.
    .target(
        name: "ThematicCLI",
        dependencies: [
            "ThematicCore", "ThematicIO", "ThematicModel", "ThematicPipeline", "ThematicStatistics", "ThematicXML", "ThematicImport", "AnonymizationStage", "ThematicReview", "CAllocator",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]
    ),
    .target(
        name: "ThematicBuiltInStages",
        dependencies: ["ThematicCore"] + stages.map { .target(name: "\($0)Stage") },
        plugins: registryPlugin
    ),
    .target(
        name: "ThematicBuiltInImporters",
        dependencies: ["ThematicImport"] + importers.map { .target(name: "\($0)Importer") },
        plugins: registryPlugin
    ),
    .executableTarget(name: "thematic", dependencies: ["ThematicCLI", "ThematicBuiltInStages", "ThematicBuiltInImporters"]),

    // MARK: - Plugins and their tools

    .executableTarget(name: "registry-generator", path: "Plugins/RegistryGenerator"),
    .executableTarget(name: "anonymization-benchmark", dependencies: ["AnonymizationStage", "ThematicCore", "ThematicPipeline"], path: "Benchmarks/AnonymizationBenchmark"),
    .executableTarget(name: "autocoding-benchmark", dependencies: ["ThematicCoding", "ThematicCore", "ThematicPipeline"], path: "Benchmarks/AutocodingBenchmark"),
    .executableTarget(name: "stage-scaffold", path: "Plugins/StageScaffold"),
    .plugin(
        name: "NewStagePlugin",
        capability: .command(
            intent: .custom(verb: "new-stage", description: "Scaffold a new pipeline stage target with tests and register it."),
            permissions: [.writeToPackageDirectory(reason: "Creates Sources/Stages/<Name>, Tests/Stages/<Name> and edits Package.swift")]
        ),
        dependencies: ["stage-scaffold"],
        path: "Plugins/NewStagePlugin"
    ),
    .plugin(
        name: "NewImporterPlugin",
        capability: .command(
            intent: .custom(verb: "new-importer", description: "Scaffold a new transcript importer target with tests and register it."),
            permissions: [.writeToPackageDirectory(reason: "Creates Sources/Importers/<Name>, Tests/Importers/<Name> and edits Package.swift")]
        ),
        dependencies: ["stage-scaffold"],
        path: "Plugins/NewImporterPlugin"
    ),
    .plugin(
        name: "RegistryPlugin",
        capability: .buildTool(),
        dependencies: ["registry-generator"],
        path: "Plugins/RegistryPlugin"
    ),

    // MARK: - Tests

    .target(name: "ThematicTestSupport", dependencies: ["ThematicCore", "ThematicPipeline"], path: "Tests/Support"),
    .testTarget(name: "ThematicReviewTests", dependencies: ["ThematicReview", "ThematicCore", "ThematicTestSupport"]),
    .testTarget(name: "ThematicCoreTests", dependencies: ["ThematicCore", "ThematicTestSupport"]),
    .testTarget(name: "ThematicXMLTests", dependencies: ["ThematicXML", "ThematicCore", "ThematicTestSupport"]),
    .testTarget(name: "ThematicPipelineTests", dependencies: ["ThematicPipeline", "ThematicCore", "ThematicXML", "ThematicCoding", "ThematicTestSupport"] + stages.map { .target(name: "\($0)Stage") }),
    .testTarget(name: "ThematicStatisticsTests", dependencies: ["ThematicStatistics", "ThematicTestSupport"]),
    .testTarget(name: "ThematicCodingTests", dependencies: ["ThematicCoding", "ThematicCore", "ThematicIO", "ThematicTestSupport"]),
    .testTarget(name: "ThematicImportTests", dependencies: ["ThematicImport", "ThematicBuiltInImporters", "ThematicCore", "ThematicXML", "ThematicPipeline",
                                                       "ThematicCoding", "RefiQDAStage", "RefiQDAImporter", "ThematicBuiltInStages", "ThematicTestSupport"]),
    .testTarget(name: "ThematicCLITests", dependencies: ["thematic", "ThematicTestSupport"]),
]

for stage in stages {
    targets.append(.target(
        name: "\(stage)Stage",
        dependencies: ["ThematicCore"] + (stageLibraries[stage] ?? []),
        path: "Sources/Stages/\(stage)",
        resources: stageResources[stage]
    ))
    targets.append(.testTarget(
        name: "\(stage)StageTests",
        dependencies: [.target(name: "\(stage)Stage"), "ThematicCore"] + (stageTestLibraries[stage] ?? []),
        path: "Tests/Stages/\(stage)"
    ))
}

for importer in importers {
    targets.append(.target(
        name: "\(importer)Importer",
        dependencies: ["ThematicCore", "ThematicImport"] + (importerLibraries[importer] ?? []),
        path: "Sources/Importers/\(importer)"
    ))
    targets.append(.testTarget(
        name: "\(importer)ImporterTests",
        dependencies: [.target(name: "\(importer)Importer"), "ThematicCore", "ThematicImport", "ThematicTestSupport"] + (importerTestLibraries[importer] ?? []),
        path: "Tests/Importers/\(importer)"
    ))
}

// MARK: - Fuzz targets
//
// Built only for `make fuzz` (THEMATIC_FUZZ=1, with -sanitize=fuzzer,address and its own build folder): each is a
// libFuzzer entry point with no `main`, which an ordinary build could not link.
if fuzzing {
    let fuzzTargets: [String: [Target.Dependency]] = [
        "XMLFuzz": ["ThematicXML", "ThematicCore"],
        "YAMLFuzz": ["ThematicPipeline", "ThematicIO", "ThematicCore"],
        "RuleFuzz": ["ThematicCoding", "ThematicCore"],
        "CSVFuzz": ["ThematicCoding", "ThematicPipeline", "ThematicCore"],
        "ImportFuzz": ["ThematicImport", "ThematicCore"] + importers.map { .target(name: "\($0)Importer") },
    ]
    for (name, dependencies) in fuzzTargets.sorted(by: { $0.key < $1.key }) {
        targets.append(.executableTarget(name: name, dependencies: dependencies, path: "Fuzz/\(name)",
                                         swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
    }
}

let package = Package(
    name: "Thematic",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "thematic", targets: ["thematic"]),
        .library(name: "ThematicCore", targets: ["ThematicCore"]),
        .library(name: "ThematicPipeline", targets: ["ThematicPipeline"]),
        .library(name: "ThematicModel", targets: ["ThematicModel"]),
        .library(name: "ThematicCLI", targets: ["ThematicCLI"]),
        .library(name: "ThematicBuiltInStages", targets: ["ThematicBuiltInStages"]),
        .library(name: "ThematicImport", targets: ["ThematicImport"]),
        .library(name: "ThematicBuiltInImporters", targets: ["ThematicBuiltInImporters"]),
        .library(name: "ThematicReview", targets: ["ThematicReview"]),
    ] + stages.map { .library(name: "\($0)Stage", targets: ["\($0)Stage"]) }
      + importers.map { .library(name: "\($0)Importer", targets: ["\($0)Importer"]) },
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: targets,
    swiftLanguageModes: [.v6]
)
