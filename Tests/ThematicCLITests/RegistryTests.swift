import Foundation
import Testing
import ThematicTestSupport

/// The registries cannot drift: the generator finds every declaration form a stage or importer author writes and no
/// declaration that is only quoted, and the stages and importers `thematic` registers are exactly Package.swift's.
@Suite("registries")
struct RegistryTests {
    static var generator: URL { CLITests.executable.deletingLastPathComponent().appendingPathComponent("registry-generator") }

    /// Runs the generator over one module folder holding `source`; the types it registers.
    func registered(_ source: String, kind: String = "Stage") throws -> (status: Int32, types: [String], stderr: String) {
        let folder = try TestSupport.temporaryDirectory()
        try TestSupport.write(source, to: "Sources/Example.swift", in: folder)
        let output = folder.appendingPathComponent("Registry.swift")
        let process = Process()
        process.executableURL = Self.generator
        process.arguments = [output.path, kind, "ExampleStage=" + folder.appendingPathComponent("Sources").path]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        let types = text.split(separator: "\n").filter { $0.hasSuffix(".self,") }.map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "ExampleStage.", with: "").replacingOccurrences(of: ".self,", with: "") }
        return (process.terminationStatus, types, stderr)
    }

    /// Each example and what the generator must register from it (SwiftLint-style: the examples are the tests).
    static let examples: [(source: String, registers: [String])] = [
        ("public struct WordList: Stage {}", ["WordList"]),
        ("public struct Counting: ShardedStage {\n}", ["Counting"]),
        ("public struct Qualified: ThematicCore.Stage {}", ["Qualified"]),
        ("public final class Base: NSObject, Sendable, Stage {}", ["Base"]),
        ("@available(macOS 14, *)\npublic struct Annotated: Stage {}", ["Annotated"]),
        ("public struct Plain {}\nextension Plain: Stage {}", ["Plain"]),
        ("public struct Multi:\n    Sendable,\n    Stage\n{}", ["Multi"]),
        // Quoted or private: not declarations of a registered stage.
        ("// public struct Commented: Stage {}\npublic struct Real: Stage {}", ["Real"]),
        ("/* public struct Blocked: Stage {} /* nested */ */\npublic struct Real: Stage {}", ["Real"]),
        ("let example = \"public struct Quoted: Stage {}\"\npublic struct Real: Stage {}", ["Real"]),
        ("let example = #\"\"\"\npublic struct RawQuoted: Stage {}\n\"\"\"#\npublic struct Real: Stage {}", ["Real"]),
        ("struct Internal: Stage {}\npublic struct Real: Stage {}", ["Real"]),
        ("public struct StageLike: Staged {}\npublic struct Real: Stage {}", ["Real"]),
    ]

    @Test(arguments: examples.indices)
    func theGeneratorReadsDeclarations(_ index: Int) throws {
        let (source, expected) = Self.examples[index]
        let result = try registered(source)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.types == expected.sorted(), "\(source)")
    }

    @Test func aModuleThatRegistersNothingFailsTheBuild() throws {
        let result = try registered("// public struct Commented: Stage {}\nstruct Internal: Stage {}")
        #expect(result.status != 0)
        #expect(result.stderr.contains("declares no public type conforming to Stage"))
    }

    /// Package.swift's `stages` and `importers` lists, the folders under Sources/Stages and Sources/Importers, and the
    /// modules of the registries the build generated are the same sets.
    @Test func builtInRegistriesMatchPackageSwift() throws {
        let root = TestSupport.packageRoot
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        func listed(_ name: String) throws -> Set<String> {
            let start = try #require(manifest.range(of: "let \(name): [String] = ["))
            let end = try #require(manifest.range(of: "]", range: start.upperBound..<manifest.endIndex))
            return Set(manifest[start.upperBound..<end.lowerBound].split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }.filter { !$0.isEmpty })
        }
        func folders(_ path: String) throws -> Set<String> {
            Set(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(path).path).filter { !$0.hasPrefix(".") })
        }
        #expect(try listed("stages") == folders("Sources/Stages"))
        #expect(try listed("importers") == folders("Sources/Importers"))
        let outputs = root.appendingPathComponent(".build/plugins/outputs")
        let generated = (FileManager.default.enumerator(atPath: outputs.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix("Registry+Generated.swift") }
        for (kind, list) in [("Stage", "stages"), ("Importer", "importers")] {
            guard let file = generated.first(where: { $0.hasSuffix("\(kind)Registry+Generated.swift") }) else { continue }
            let text = try String(contentsOf: outputs.appendingPathComponent(file), encoding: .utf8)
            let modules = Set(text.split(separator: "\n").filter { $0.hasPrefix("import ") && $0.hasSuffix(kind) }.map { String($0.dropFirst("import ".count).dropLast(kind.count)) })
            #expect(try modules == listed(list), "\(file)")
        }
    }
}
