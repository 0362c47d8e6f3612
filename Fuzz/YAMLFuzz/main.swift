import Foundation
import ThematicCore
import ThematicIO
import ThematicPipeline

/// libFuzzer entry: any bytes as a study file, a pipeline file and a codebook.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    FuzzFiles.shared.check(bytes)
    return 0
}

/// Writes each input to a scratch folder once, because the loaders read files (as users hand them).
final class FuzzFiles: @unchecked Sendable {
    static let shared = FuzzFiles()
    let folder: String = {
        let path = NSTemporaryDirectory() + "thematic-yaml-fuzz-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    func check(_ bytes: Data) {
        let path = folder + "/study.yaml"
        FileManager.default.createFile(atPath: path, contents: bytes)
        _ = try? StudyLoader.load(path: path, displayName: "study.yaml")
        _ = try? PipelineFile.load(path)
        _ = try? YAMLDocument.compose(bytes, file: "fuzz.yaml")
    }
}
