import Foundation
import Testing
import ThematicCore
@testable import ThematicCoding

/// Code frequencies counted in parts on threads are those of one pass over the codings.
@Suite struct CodeFrequenciesTests {
    /// 300 interviews of 8 participants with two attributes, 60,000 codings of 12 codes (one not in the codebook);
    /// interview I0007's codings come in two stretches, at the start and at the end, so two parts count it.
    static func study() -> (corpus: Corpus, codebook: Codebook, codings: [CodedSegment]) {
        let participants = (0..<8).map { Participant(id: "P\($0)", attributes: ["role": $0 % 2 == 0 ? "nurse" : "manager", "site": "S\($0 % 3)"]) }
        let study = Study(id: "s", title: "t", participants: participants)
        let interviews = (0..<300).map { Interview(id: String(format: "I%04d", $0), participant: "P\($0 % 8)", language: "en", turns: [], source: "\($0).xml") }
        var state: UInt64 = 7
        var codings: [CodedSegment] = []
        for index in 0..<60_000 {
            let interview = index >= 59_800 ? 7 : index * 300 / 60_000
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let code = "c\(Int(state >> 33) % 12)"
            codings.append(CodedSegment(interview: String(format: "I%04d", interview), turn: index % 40, start: 0, end: 5, code: code, coder: "auto", text: "text"))
        }
        let entries = [Codebook.Entry(id: "t", name: "Theme", level: .theme)]
            + (0..<11).map { Codebook.Entry(id: "c\($0)", name: "Code \($0)", level: .code, parent: "t", rules: ["x"]) }
        return (Corpus(study: study, interviews: interviews), Codebook(entries: entries, unit: .sentence, source: "codebook.yaml"), codings)
    }

    static func files(_ frequencies: CodeFrequencies) throws -> (json: Data, csv: Data) {
        var json = ArtifactWriter()
        try frequencies.writeJSON(to: &json)
        var csv = ArtifactWriter()
        try frequencies.writeCSV(to: &csv)
        return (json.buffer, csv.buffer)
    }

    @Test func partsCountedOnThreadsGiveTheCountsOfOnePass() throws {
        let (corpus, codebook, codings) = Self.study()
        let onePass = CodeFrequencies(codings: codings, corpus: corpus, codebook: codebook, coders: ["auto"])
        let expected = try Self.files(onePass)
        #expect(onePass.codeCount == 12)
        let list = CodingList(codings)
        for jobs in [1, 2, 5] {
            #expect(list.interviewParts(jobs).count == jobs)
            let parted = CodeFrequencies(codings: list, corpus: corpus, codebook: codebook, coders: ["auto"], jobs: jobs)
            let files = try Self.files(parted)
            #expect(files.json == expected.json, "jobs \(jobs)")
            #expect(files.csv == expected.csv, "jobs \(jobs)")
        }
        // The split interview is counted whole: all its codings, once per code.
        let row = try #require(onePass.codes.first { $0.code == "c0" })
        #expect(row.byInterview["I0007"] == codings.filter { $0.interview == "I0007" && $0.code == "c0" }.count)
        #expect(row.segments == codings.filter { $0.code == "c0" }.count)
    }
}
