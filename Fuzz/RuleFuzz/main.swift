import Foundation
import ThematicCoding
import ThematicCore

/// libFuzzer entry: any bytes as a codebook rule, parsed and, when valid, compiled and run over a sentence.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard let rule = String(validating: Data(bytes: data, count: size), as: UTF8.self) else { return 0 }
    _ = try? RuleParser.parse(rule)
    let yaml = "languages: [english]\nthemes:\n  - {id: t, name: T}\nsub-themes:\n  - {id: s, name: S, parent: t}\ncodes:\n  - id: c\n    name: C\n    parent: s\n    rules:\n      - \(String(reflecting: rule))\n"
    if let codebook = try? CodebookLoader.parse(Data(yaml.utf8), file: "fuzz.yaml"), let coder = try? Autocoder(codebook: codebook) {
        let interview = Interview(id: "P1", participant: "P1", language: "en",
                                  turns: [Turn(index: 0, speaker: "P1", content: [.text("I help colleagues with the new alarms, every day of the week.")])], source: "fuzz")
        _ = try? coder.code([interview], jobs: 1)
    }
    return 0
}
