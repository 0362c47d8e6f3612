import Foundation
import ThematicCoding
import ThematicCore
import ThematicPipeline

/// libFuzzer entry: any bytes as a human-coding CSV and as a participants CSV.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    _ = try? ParticipantsCSV.parse(bytes, file: "people.csv")
    _ = try? CodingImport.csv(bytes, file: "coding.csv", corpus: FuzzStudy.corpus, codebook: FuzzStudy.codebook)
    return 0
}

enum FuzzStudy {
    static let corpus = Corpus(study: Study(id: "f", title: "f", participants: [Participant(id: "P1")]),
                               interviews: [Interview(id: "P1", participant: "P1", language: "en",
                                                      turns: [Turn(index: 0, speaker: "P1", content: [.text("I help colleagues.")])], source: "fuzz")])
    static let codebook: Codebook = {
        let yaml = "languages: [english]\nthemes:\n  - {id: t, name: T}\nsub-themes:\n  - {id: s, name: S, parent: t}\ncodes:\n  - {id: c, name: C, parent: s, rules: [help]}\n"
        return try! CodebookLoader.parse(Data(yaml.utf8), file: "fuzz.yaml")
    }()
}
