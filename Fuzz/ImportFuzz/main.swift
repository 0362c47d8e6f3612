import CHATImporter
import CSVImporter
import DOCImporter
import DOCXImporter
import ELANImporter
import EXMARaLDAImporter
import HTMLImporter
import Foundation
import ODTImporter
import PlainTextImporter
import RefiQDAImporter
import RTFImporter
import SBVImporter
import SRTImporter
import TEIImporter
import ThematicCore
import TTMLImporter
import TextGridImporter
import ThematicImport
import TranscriberImporter
import TranscriptJSONImporter
import WebVTTImporter

/// The importers fuzzed, listed by hand: the generated registry (`ThematicBuiltInImporters`) needs a build-tool plugin,
/// whose tool cannot link under `-sanitize=fuzzer` (libFuzzer brings its own `main`). `ImportFuzzRegressionTests`
/// checks that this list names every registered importer.
let importers: [any Importer.Type] = [CHATImporter.self, CSVImporter.self, DOCImporter.self, DOCXImporter.self, ELANImporter.self, EXMARaLDAImporter.self, HTMLImporter.self, ODTImporter.self, PlainTextImporter.self, RefiQDAImporter.self, RTFImporter.self, SBVImporter.self, SRTImporter.self, TEIImporter.self, TTMLImporter.self, TextGridImporter.self, TranscriberImporter.self, TranscriptJSONImporter.self, WebVTTImporter.self]

/// libFuzzer entry: any bytes through every importer (each reads them as its own format, whatever their extension),
/// then through speaker mapping and the study folder an import writes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    for importer in importers {
        let file = ImportFile(displayName: "fuzz." + (importer.descriptor.extensions.first ?? "txt"), data: bytes)
        _ = importer.recognizes(file)
        // A small expansion limit keeps the fuzzer exploring rather than inflating ZIP bombs up to the default.
        let limits: [String: OptionValue] = importer.descriptor.options.contains { $0.name == "max-expanded-mb" } ? ["max-expanded-mb": .integer(4)] : [:]
        guard let options = try? StageOptions(limits, specs: importer.descriptor.options),
              let reader = try? importer.init(options: options) else { continue }
        let read: StudyImport.ReadFile
        if let project = try? reader.readProject(file) {
            // A project (REFI-QDA): its sources, codings and code tree go through the same assembly.
            read = StudyImport.ReadFile(file: file, importer: importer.descriptor, document: ImportedDocument(turns: []), project: project)
        } else if let document = try? reader.read(file), !document.turns.isEmpty {
            read = StudyImport.ReadFile(file: file, importer: importer.descriptor, document: document)
        } else {
            continue
        }
        if let study = try? StudyImport(registry: ImporterRegistry(importers)).assemble([read], settings: .init()) {
            _ = try? study.artifacts()
        }
    }
    return 0
}

